/**
 * ESLint flat config: typescript-eslint recommended, the Office add-in rules of eslint-plugin-office-addins,
 * Prettier-compatible (formatting is Prettier's job), and the architecture's one-way layer rule
 * (DESIGN §5, docs/ARCHITECTURE.md) expressed with no-restricted-imports.
 */
import { builtinModules } from "node:module";
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import prettierConfig from "eslint-config-prettier";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";
import tseslint from "typescript-eslint";

/** The plugin's recommended config also pins its own parser and Prettier; we take only its Office rules. */
const officeAddinRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((config) => Object.entries(config.rules ?? {}))
    .filter(([name]) => name.startsWith("office-addins/")),
);

const LAYERS = ["domain", "i18n", "layout", "excel", "xlsx", "app", "taskpane", "commands", "cli"];

/** Which layers each layer must not import (DESIGN §5: imports point one way). */
const FORBIDDEN_LAYERS = {
  domain: LAYERS.filter((l) => l !== "domain"),
  i18n: LAYERS.filter((l) => !["i18n", "domain"].includes(l)),
  layout: LAYERS.filter((l) => !["layout", "domain", "i18n"].includes(l)),
  excel: LAYERS.filter((l) => !["excel", "domain", "i18n", "layout"].includes(l)),
  xlsx: LAYERS.filter((l) => !["xlsx", "domain", "i18n", "layout"].includes(l)),
  app: ["taskpane", "commands", "cli"],
  // The pane's bundle must stay small: no ExcelJS writer, no command line.
  taskpane: ["cli", "xlsx", "commands"],
  commands: ["cli", "xlsx", "taskpane"],
  cli: ["taskpane", "commands", "excel"],
  // The in-browser playground (later) drives the real pane against excel-sim.
  playground: ["cli"],
};

/** Layers whose code runs in the task pane (or is pure): no Node APIs. */
const NO_NODE_LAYERS = ["domain", "i18n", "layout", "excel", "app", "taskpane", "commands", "playground"];

/** Only the .xlsx writer (and the command line around it) may use ExcelJS. */
const EXCELJS_LAYERS = ["xlsx", "cli"];

/** A relative import that climbs out of the file's folder into a folder named `name`. */
function climbingInto(name) {
  return `^(\\.\\./)+([^/]+/)*${name}(/|$)`;
}

function restrictedImports(layer) {
  const patterns = [
    ...FORBIDDEN_LAYERS[layer].map((other) => ({
      regex: climbingInto(other),
      message: `src/${layer} must not import src/${other}: imports point one way (docs/ARCHITECTURE.md).`,
    })),
    { regex: climbingInto("test"), message: "Source code must not import tests." },
  ];
  if (layer !== "playground") {
    patterns.push({ regex: climbingInto("excel-sim"), message: "Only tests and the playground use excel-sim." });
  }
  if (NO_NODE_LAYERS.includes(layer)) {
    patterns.push({ regex: "^node:", message: `src/${layer} runs in the task pane or is pure: no Node APIs.` });
  }
  const paths = [];
  if (NO_NODE_LAYERS.includes(layer)) {
    for (const name of builtinModules) {
      paths.push({ name, message: `src/${layer} runs in the task pane or is pure: no Node APIs.` });
    }
  }
  if (!EXCELJS_LAYERS.includes(layer)) {
    paths.push({ name: "exceljs", message: "Only src/xlsx writes .xlsx files with ExcelJS." });
  }
  return ["error", { paths, patterns }];
}

/** Formulas are written in invariant English (Range.formulas), never in the user's locale. */
const NO_LOCAL_FORMULAS = [
  {
    selector: "Property[key.name=/^formulas?Local$/]",
    message: "Write formulas in invariant English with Range.formulas, never formulasLocal (DESIGN §3.3).",
  },
  {
    selector: "Literal[value=/\\bformulas?Local\\b/]",
    message: "Write formulas in invariant English with Range.formulas, never formulasLocal (DESIGN §3.3).",
  },
  {
    selector: "MemberExpression[property.name='settings'][object.property.name='document']",
    message: "State lives in the workbook, not in Office.context.document.settings (DESIGN §3.3).",
  },
];

/** Value uses of Office's globals (type positions such as `Excel.Range` are fine everywhere). */
const NO_OFFICE_GLOBALS = [
  {
    selector: "MemberExpression[object.type='Identifier'][object.name=/^(Excel|Office|OfficeExtension)$/]",
    message: "Only src/excel (and the task pane / function file bootstraps) may call Office.js.",
  },
  {
    selector: "VariableDeclarator > Identifier.init[name=/^(Excel|Office|OfficeExtension)$/]",
    message: "Only src/excel (and the task pane / function file bootstraps) may call Office.js.",
  },
];

/** Property uses that turn untrusted text into markup, or write formulas in the user's locale. */
const RESTRICTED_PROPERTIES = [
  ...["innerHTML", "outerHTML", "insertAdjacentHTML"].map((property) => ({
    property,
    message: "Workbook content is untrusted: build DOM with textContent / createElement, never HTML strings.",
  })),
  { object: "document", property: "write", message: "Never write HTML strings into the document." },
  { object: "document", property: "writeln", message: "Never write HTML strings into the document." },
  ...["formulasLocal", "formulaLocal"].map((property) => ({
    property,
    message: "Write formulas in invariant English with Range.formulas, never formulasLocal (DESIGN §3.3).",
  })),
];

/** Files allowed to touch the Office globals: the adapter and the two page bootstraps. */
const OFFICE_ENTRY_FILES = ["src/excel/**/*.ts", "src/taskpane/taskpane.ts", "src/commands/commands.ts"];

export default defineConfig(
  { ignores: ["dist/**", "out/**", "coverage/**", "test-output/**", "node_modules/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: "module" },
    linterOptions: { reportUnusedDisableDirectives: "error" },
  },
  {
    files: ["**/*.ts"],
    plugins: { "office-addins": officeAddins },
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      ...officeAddinRules,
      "no-eval": "error",
      "no-new-func": "error",
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/**/*.ts"],
    rules: {
      "no-restricted-properties": ["error", ...RESTRICTED_PROPERTIES],
      "no-restricted-syntax": ["error", ...NO_LOCAL_FORMULAS, ...NO_OFFICE_GLOBALS],
      "no-restricted-globals": [
        "error",
        ...["localStorage", "sessionStorage", "indexedDB"].map((name) => ({
          name,
          message: "State lives in the workbook, in visible tables and named cells (DESIGN §3.3).",
        })),
      ],
    },
  },
  {
    files: OFFICE_ENTRY_FILES,
    rules: { "no-restricted-syntax": ["error", ...NO_LOCAL_FORMULAS] },
  },
  ...LAYERS.map((layer) => ({
    files: [`src/${layer}/**/*.ts`],
    rules: { "no-restricted-imports": restrictedImports(layer) },
  })),
  {
    files: ["src/playground/**/*.ts"],
    rules: { "no-restricted-imports": restrictedImports("playground") },
  },
  {
    files: ["excel-sim/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: climbingInto("src"), message: "excel-sim stands alone: it implements Excel, not our add-in." },
            { regex: climbingInto("test"), message: "excel-sim must not import tests." },
          ],
        },
      ],
    },
  },
  {
    // The export bridge saves the simulated workbook through the project's one .xlsx writer (via its spec).
    files: ["excel-sim/export*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^\\.\\./src/(?!layout/spec$|xlsx/write-workbook$)",
              message: "excel-sim's export may use only src/layout/spec and src/xlsx/write-workbook.",
            },
            { regex: climbingInto("test"), message: "excel-sim must not import tests." },
          ],
        },
      ],
    },
  },
  prettierConfig,
);
