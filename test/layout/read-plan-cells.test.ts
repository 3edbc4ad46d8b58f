/**
 * readPlan, cell by cell: what a typed value becomes in the domain, and which finding it leaves. The rule is
 * what the workbook's own formulas see — a label counts only in the plan language (in any case), a score
 * only as a whole number 0–10, a date only as a date serial — because the domain figures must equal them.
 */
import { isoDateToSerial } from "../../src/domain/dates";
import type { Plan } from "../../src/domain/plan";
import type { StructureCode } from "../../src/layout/read-findings";
import { readPlan, type PlanReading } from "../../src/layout/read-plan";
import { buildWorkbookSpec } from "../../src/layout/workbook";
import { WORKBOOK_NAMES, clientCellName, clientTableName } from "../../src/layout/workbook-names";
import type { StateValue, WorkbookState } from "../../src/layout/workbook-state";
import { aPlan, richClient } from "./plan-fixtures";
import { stateOfSpec, withNameValue, withTable, withTableCell, withoutNames } from "./read-plan-fixtures";

const ID = "rich0001";
const SERIAL_2027_06_30 = isoDateToSerial("2027-06-30");

function planIn(language: "es" | "en"): Plan {
  return aPlan([richClient(ID, "Rica")], { language });
}

const STATE = { es: stateOfSpec(buildWorkbookSpec(planIn("es"))), en: stateOfSpec(buildWorkbookSpec(planIn("en"))) };

/** Reads the plan with one cell of the client's table changed. */
function withCell(
  table: Parameters<typeof clientTableName>[0],
  header: string,
  value: StateValue,
  language: "es" | "en" = "es",
) {
  return readPlan(withTableCell(STATE[language], clientTableName(table, ID), 0, header, value));
}

/** The one finding (if any) about the changed cell. */
function cellFindings(reading: PlanReading): { code: StructureCode; value?: string }[] {
  return reading.structure.map(({ code, value }) => (value === undefined ? { code } : { code, value }));
}

type Case = readonly [label: string, cell: StateValue, expected: unknown, finding: StructureCode | null];

function expectFinding(reading: PlanReading, finding: StructureCode | null, cell: StateValue): void {
  expect(cellFindings(reading)).toEqual(finding === null ? [] : [{ code: finding, value: String(cell) }]);
}

describe("closed-list cells (action status, Spanish plan)", () => {
  it.each<Case>([
    ["the plan-language label", "pendiente", "pending", null],
    ["the label in capitals (COUNTIFS ignores case)", "PENDIENTE", "pending", null],
    ["a label with two words", "en curso", "inProgress", null],
    ["the label with a trailing space (COUNTIFS does not trim)", "pendiente ", "pending", "structure.labelNotInList"],
    ["the English label", "done", "done", "structure.labelNotInList"],
    ["the code name", "inProgress", "inProgress", "structure.labelNotInList"],
    ["a word of no list", "hecho", null, "structure.labelUnknown"],
    ["a number", 3, null, "structure.labelUnknown"],
    ["a TRUE cell", true, null, "structure.labelUnknown"],
  ])("given %s, the status is read as expected", (_label, cell, expected, finding) => {
    const reading = withCell("actions", "Estado", cell);
    expect(reading.plan.clients[0]?.actions[0]?.status).toBe(expected);
    expectFinding(reading, finding, cell);
  });

  it("given a finding about a table cell, it names the client, table, body row and field", () => {
    expect(withCell("actions", "Estado", "done").structure).toEqual([
      { code: "structure.labelNotInList", clientId: ID, table: "actions", row: 0, field: "status", value: "done" },
    ]);
  });

  it("given an English plan, the Spanish label is the one reported", () => {
    expect(withCell("actions", "Status", "pending", "en").structure).toEqual([]);
    const reading = withCell("actions", "Status", "pendiente", "en");
    expect(reading.plan.clients[0]?.actions[0]?.status).toBe("pending");
    expectFinding(reading, "structure.labelNotInList", "pendiente");
  });
});

describe("pyramid level cells", () => {
  it.each<Case>([
    ["the label", "4 Escuchar y aprender", 4, null],
    ["the label in another case", "4 ESCUCHAR Y APRENDER", 4, null],
    ["the bare number 4", 4, 4, "structure.labelNotInList"],
    ["the English label", "4 Listen and learn", 4, "structure.labelNotInList"],
    ["a level that does not exist", "7 Nada", null, "structure.labelUnknown"],
  ])("given %s, the level is read as expected", (_label, cell, expected, finding) => {
    const reading = withCell("actions", "Nivel de la pirámide", cell);
    expect(reading.plan.clients[0]?.actions[0]?.level).toBe(expected);
    expectFinding(reading, finding, cell);
  });
});

describe("yes/no cells (confidential, a plain boolean; confirmed, a nullable one)", () => {
  it.each<Case>([
    ["sí", "sí", true, null],
    ["SÍ", "SÍ", true, null],
    ["no", "no", false, null],
    ["si without its accent", "si", true, "structure.labelNotInList"],
    ["the English yes", "yes", true, "structure.labelNotInList"],
    ["a TRUE cell", true, true, "structure.labelNotInList"],
    ["a FALSE cell", false, false, "structure.labelNotInList"],
    ["a blank cell (not confidential)", "", false, null],
    ["a word of no list (read as not confidential)", "quizá", false, "structure.labelUnknown"],
  ])("given %s, confidential is read as expected", (_label, cell, expected, finding) => {
    const reading = withCell("actions", "Confidencial", cell);
    expect(reading.plan.clients[0]?.actions[0]?.confidential).toBe(expected);
    expectFinding(reading, finding, cell);
  });

  it("given a blank confirmed cell, the answer is null (not answered), not false", () => {
    expect(
      withCell("challenges", "¿Confirmado con el cliente?", "").plan.clients[0]?.challenges[0]?.confirmed,
    ).toBeNull();
  });
});

describe("score cells", () => {
  it.each<Case>([
    ["0", 0, 0, null],
    ["10", 10, 10, null],
    ["7 typed as text", "7", null, "structure.scoreInvalid"],
    ["a decimal", 7.5, null, "structure.scoreInvalid"],
    ["11", 11, null, "structure.scoreInvalid"],
    ["-1", -1, null, "structure.scoreInvalid"],
    ["a TRUE cell", true, null, "structure.scoreInvalid"],
    ["a space", " ", null, "structure.scoreInvalid"],
    ["an error value", "#N/A", null, "structure.scoreInvalid"],
  ])("given %s in a relationship score, it is read as expected", (_label, cell, expected, finding) => {
    const reading = withCell("people", "Relación hoy (0–10)", cell);
    expect(reading.plan.clients[0]?.people[0]?.relationshipNow).toBe(expected);
    expectFinding(reading, finding, cell);
  });

  it("given the knowledge cell holds text, the client is not scored and the named cell is reported", () => {
    const name = clientCellName("knowledge", ID);
    const reading = readPlan(withNameValue(STATE.es, name, "siete"));
    expect(reading.plan.clients[0]?.knowledge).toBeNull();
    expect(reading.structure).toEqual([
      { code: "structure.scoreInvalid", clientId: ID, what: name, field: "knowledge", value: "siete" },
    ]);
  });
});

describe("date cells (action due date)", () => {
  it.each<Case>([
    ["a date serial", SERIAL_2027_06_30, "2027-06-30", null],
    ["a serial with a time of day", SERIAL_2027_06_30 + 0.75, "2027-06-30", null],
    ["day-first text", "15/03/2027", "2027-03-15", "structure.dateAsText"],
    ["ISO text", "2027-03-15", "2027-03-15", "structure.dateAsText"],
    ["day-first text with dots and a short year", "15.03.27", "2027-03-15", "structure.dateAsText"],
    ["month-first text (not guessed)", "03/15/2027", null, "structure.dateInvalid"],
    ["a word", "mañana", null, "structure.dateInvalid"],
    ["text before 1900", "01/01/1899", null, "structure.dateInvalid"],
    ["serial 60, Excel's fictitious 1900-02-29", 60, null, "structure.dateInvalid"],
    ["a negative serial", -5, null, "structure.dateInvalid"],
    ["a TRUE cell", true, null, "structure.dateInvalid"],
  ])("given %s, the due date is read as expected", (_label, cell, expected, finding) => {
    const reading = withCell("actions", "Fecha límite", cell);
    expect(reading.plan.clients[0]?.actions[0]?.due).toBe(expected);
    expectFinding(reading, finding, cell);
  });
});

describe("number and text cells", () => {
  it.each<Case>([
    ["a decimal", 12.5, 12.5, null],
    ["a negative number", -3, -3, null],
    ["a decimal typed as text with a comma", "12,5", null, "structure.numberInvalid"],
    ["a TRUE cell", true, null, "structure.numberInvalid"],
  ])("given %s as a baseline, it is read as expected", (_label, cell, expected, finding) => {
    const reading = withCell("indicators", "Línea base", cell);
    expect(reading.plan.clients[0]?.indicators[0]?.baseline).toBe(expected);
    expectFinding(reading, finding, cell);
  });

  it.each<Case>([
    ["a number Excel converted", 123, "123", null],
    ["a TRUE cell", true, "TRUE", null],
    ["text with spaces around (kept exactly)", "  x  ", "  x  ", null],
    ["a formula-looking text", "=1+1", "=1+1", null],
  ])("given %s as action text, it is read as the text Excel shows", (_label, cell, expected) => {
    const reading = withCell("actions", "Acción", cell);
    expect(reading.plan.clients[0]?.actions[0]?.action).toBe(expected);
    expect(reading.structure).toEqual([]);
  });
});

describe("identity cells", () => {
  const direction = clientCellName("direction", ID);

  it.each<Case>([
    ["the label", "Equipo", "team", null],
    ["the English label", "Team", "team", "structure.labelNotInList"],
    ["a word of no list (default: client)", "Proveedor", "client", "structure.labelUnknown"],
  ])("given %s as direction, it is read as expected", (_label, cell, expected, finding) => {
    const reading = readPlan(withNameValue(STATE.es, direction, cell));
    expect(reading.plan.clients[0]?.direction).toBe(expected);
    expectFinding(reading, finding, cell);
  });

  it("given a blank direction, the default is used and the blank is reported", () => {
    const reading = readPlan(withNameValue(STATE.es, direction, ""));
    expect(reading.plan.clients[0]?.direction).toBe("client");
    expect(reading.structure).toEqual([
      { code: "structure.valueMissing", clientId: ID, what: direction, field: "direction" },
    ]);
  });

  it("given the state typed in capitals, the client is archived with no finding", () => {
    const reading = readPlan(withNameValue(STATE.es, clientCellName("state", ID), "ARCHIVADO"));
    expect(reading.plan.clients[0]?.state).toBe("archived");
    expect(reading.structure).toEqual([]);
  });
});

describe("plan settings", () => {
  it.each<[string, StateValue, number, StructureCode | null]>([
    ["a year", 2031, 2031, null],
    ["a year typed as text", "2031", 2000, "structure.settingInvalid"],
    ["a decimal", 2031.5, 2000, "structure.settingInvalid"],
    ["a year out of range", 1999, 2000, "structure.settingInvalid"],
  ])("given %s in vamAnioPlan, the plan year is as expected", (_label, cell, expected, finding) => {
    const reading = readPlan(withNameValue(STATE.es, WORKBOOK_NAMES.planYear, cell));
    expect(reading.plan.year).toBe(expected);
    expectFinding(reading, finding, cell);
  });

  it("given vamAnioPlan missing, the caller's default year is used and the setting is reported", () => {
    const reading = readPlan(withoutNames(STATE.es, WORKBOOK_NAMES.planYear), { defaultYear: 2030 });
    expect(reading.plan.year).toBe(2030);
    expect(reading.structure).toEqual([{ code: "structure.settingMissing", what: WORKBOOK_NAMES.planYear }]);
  });

  it("given a target of 11, the default 9 is used and the setting is reported", () => {
    const reading = readPlan(withNameValue(STATE.es, WORKBOOK_NAMES.target, 11));
    expect(reading.plan.targetScore).toBe(9);
    expect(reading.structure).toEqual([{ code: "structure.settingInvalid", what: WORKBOOK_NAMES.target, value: "11" }]);
  });

  it("given vamIdioma in capitals, the language is read without a finding", () => {
    expect(readPlan(withNameValue(STATE.en, WORKBOOK_NAMES.language, " EN ")).structure).toEqual([]);
  });

  it.each<[string, WorkbookState]>([
    ["missing", withoutNames(STATE.en, WORKBOOK_NAMES.language)],
    ["unknown", withNameValue(STATE.en, WORKBOOK_NAMES.language, "fr")],
  ])("given vamIdioma %s in an English workbook, the language comes from the Cartera headers", (_label, state) => {
    const reading = readPlan(state);
    expect(reading.plan.language).toBe("en");
    expect(reading.plan.clients[0]?.actions[0]?.status).toBe("pending");
    expect(reading.structure).toHaveLength(1);
  });

  it("given a setting whose cell is gone (#REF!), the default is used and the name is reported broken", () => {
    const state = {
      ...STATE.es,
      names: STATE.es.names.map((name) =>
        name.name === WORKBOOK_NAMES.target ? { name: name.name, formula: "=#REF!" } : name,
      ),
    };
    expect(readPlan(state).structure).toEqual([{ code: "structure.nameBroken", what: WORKBOOK_NAMES.target }]);
  });
});

describe("a table read in the other language's plan", () => {
  it("given English headers in a Spanish plan, the labels are still judged against the plan language", () => {
    const actions = clientTableName("actions", ID);
    const english = withTable(STATE.es, actions, () => ({
      headers: STATE.en.tables.find((table) => table.name === actions)?.headers ?? [],
    }));
    const reading = readPlan(english);
    expect(reading.plan.clients[0]?.actions.map((action) => action.status)).toEqual(["pending", "done"]);
    expect(reading.structure).toEqual([]);
  });
});
