/**
 * The per-client table definitions: headers in both languages, keys equal to domain fields (so readers can
 * map a table back), a Confidencial column wherever the domain has `confidential`, and cells typed right.
 */
import type { PlanLanguage } from "../../src/domain/plan";
import { cellOf, clientTableColumns, clientTableRows } from "../../src/layout/client-table";
import { escapeHeader } from "../../src/layout/formula-text";
import { CLIENT_TABLES, CLIENT_TABLE_KINDS, columnHeader, type ColumnType } from "../../src/layout/table-columns";
import { TABLE_HEADERS } from "../../src/i18n/workbook-text";
import { aClient, richClient } from "./plan-fixtures";

const LANGUAGES: readonly PlanLanguage[] = ["es", "en"];
const rich = richClient("rich0001", "Rica");

describe.each(CLIENT_TABLE_KINDS)("the %s table", (kind) => {
  const definition = CLIENT_TABLES[kind];
  const keys = definition.columns.map((c) => c.key);
  const sample = (definition.rowsOf(rich) as readonly object[])[0];

  it("has a header for every column in both languages, and no header without a column", () => {
    expect(Object.keys(TABLE_HEADERS[kind]).sort()).toEqual([...keys].sort());
  });

  it.each(LANGUAGES)(
    "has headers unique (case-insensitively) and free of characters needing escape in %s",
    (language) => {
      const headers = keys.map((key) => columnHeader(kind, key, language));
      expect(new Set(headers.map((h) => h.toLowerCase())).size).toBe(headers.length);
      expect(headers.filter((h) => escapeHeader(h) !== h)).toEqual([]);
    },
  );

  it("maps every domain field to a column whose key is the field's name", () => {
    if (sample === undefined) throw new Error(`the rich client has no ${kind}`);
    const fields = Object.keys(sample).flatMap((field) => (field === "quarters" ? ["q1", "q2", "q3", "q4"] : [field]));
    const stored = definition.columns.filter((c) => c.type.kind !== "calculated").map((c) => c.key);
    expect([...stored].sort()).toEqual([...fields].sort());
  });

  it("has a Confidencial yes/no column exactly when the domain row has `confidential`", () => {
    const confidential = definition.columns.find((c) => c.key === "confidential");
    expect(confidential?.type.kind === "yesNo").toBe(sample !== undefined && "confidential" in sample);
  });

  it.each(LANGUAGES)(
    "gives a new client's table one blank row (calculated columns keep their formula) in %s",
    (language) => {
      const rows = clientTableRows(kind, aClient("newc0001", "Nuevo"), language);
      expect(rows).toHaveLength(1);
      const columns = clientTableColumns(kind, "newc0001", language);
      rows[0]?.forEach((value, index) => {
        expect(value.kind).toBe(columns[index]?.formula === undefined ? "empty" : "formula");
      });
    },
  );
});

describe("the people table", () => {
  it.each([
    ["es", "Actitud (confidencial)"],
    ["en", "Attitude (confidential)"],
  ] as const)("marks attitude as always confidential in its header (%s)", (language, header) => {
    expect(columnHeader("people", "attitude", language)).toBe(header);
  });
});

describe("the overdue column of Acciones", () => {
  it("is calculated against vamHoy with this-row references to the same table", () => {
    const overdue = clientTableColumns("actions", "rich0001", "es").find((c) => c.key === "overdue");
    expect(overdue?.formula).toContain("vamHoy");
    expect(overdue?.formula).toContain("vamAcciones_rich0001[[#This Row],[Fecha límite]]");
  });
});

describe("cellOf", () => {
  const text: ColumnType = { kind: "text" };
  it.each<[string, ColumnType, string | number | boolean | null, PlanLanguage, unknown]>([
    ["user text that looks like a formula stays text", text, "=1+1", "es", { kind: "text", text: "=1+1" }],
    ["a phone number stays text", text, "+34 600 000 000", "es", { kind: "text", text: "+34 600 000 000" }],
    ["empty text is an empty cell", text, "", "es", { kind: "empty" }],
    ["a date is a date", { kind: "date" }, "2027-03-15", "es", { kind: "date", iso: "2027-03-15" }],
    ["a missing date is empty", { kind: "date" }, null, "es", { kind: "empty" }],
    ["a score is a number", { kind: "score" }, 0, "es", { kind: "number", value: 0 }],
    ["an unscored score is empty, never 0", { kind: "score" }, null, "es", { kind: "empty" }],
    [
      "a list code is its Spanish label",
      { kind: "list", list: "actionStatus" },
      "inProgress",
      "es",
      { kind: "text", text: "en curso" },
    ],
    [
      "a list code is its English label",
      { kind: "list", list: "actionStatus" },
      "inProgress",
      "en",
      { kind: "text", text: "in progress" },
    ],
    [
      "a pyramid level is its label",
      { kind: "list", list: "pyramidLevel" },
      4,
      "es",
      { kind: "text", text: "4 Escuchar y aprender" },
    ],
    ["true is sí", { kind: "yesNo" }, true, "es", { kind: "text", text: "sí" }],
    ["false is no", { kind: "yesNo" }, false, "en", { kind: "text", text: "no" }],
    ["an unanswered yes/no is empty", { kind: "yesNo" }, null, "es", { kind: "empty" }],
  ])("given %s", (_title, type, value, language, expected) => {
    expect(cellOf(type, value, language)).toEqual(expected);
  });

  it("given a code outside its list, throws (misuse)", () => {
    expect(() => cellOf({ kind: "list", list: "actionStatus" }, "finished", "es")).toThrow();
  });
});

describe("clientTableRows", () => {
  it("writes the rich client's actions in plan order, labels in the plan language", () => {
    const rows = clientTableRows("actions", rich, "en");
    expect(rows.map((row) => row[0])).toEqual([
      { kind: "text", text: "Entrevista de descubrimiento" },
      { kind: "text", text: "Revisar incidencias" },
    ]);
    expect(rows[1]?.[7]).toEqual({ kind: "text", text: "done" });
  });

  it("writes an indicator's quarters Q1–Q4 in order", () => {
    const rows = clientTableRows("indicators", rich, "es");
    expect(rows[1]?.slice(4, 8)).toEqual([1, 2, 3, 4].map((value) => ({ kind: "number", value })));
  });
});
