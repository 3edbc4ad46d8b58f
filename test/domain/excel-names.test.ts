import {
  definedNameKey,
  isA1Reference,
  isValidDefinedName,
  isValidTableName,
  looksLikeR1C1Reference,
} from "../../src/domain/excel-names";
import * as names from "../../src/layout/workbook-names";
import type { ClientCellKind, ClientTableKind } from "../../src/layout/workbook-names";

describe("isValidDefinedName and isValidTableName", () => {
  it.each([
    ["vamAcciones_k3x9q2ab", true],
    ["vamHoy", true],
    ["_private", true],
    ["\\backslash", true],
    ["Año.Plan", true],
    ["Конфиденциально", true],
    ["x".repeat(255), true],
    ["x".repeat(256), false],
    ["", false],
    ["1abc", false],
    [".abc", false],
    ["has space", false],
    ["has-dash", false],
    ["a\\b", false],
    ["a$b", false],
    ["A1", false],
    ["a1", false],
    ["XFD1048576", false],
    ["XFE1", true],
    ["A1048577", true],
    ["ABCD1", true],
    ["Q1", false],
    ["R", false],
    ["r", false],
    ["C", false],
    ["c", false],
    ["RC", false],
    ["R1C1", false],
    ["R1", false],
    ["C5", false],
    ["r12abc", false],
    ["Rate", true],
    ["Client1", true],
    ["TRUE", false],
    ["false", false],
    ["TRUE_", true],
  ])("given %j, answers %s", (name, expected) => {
    expect(isValidDefinedName(name)).toBe(expected);
    expect(isValidTableName(name)).toBe(expected);
  });
});

describe("isA1Reference", () => {
  it.each([
    ["A1", true],
    ["xfd1048576", true],
    ["XFD1048577", false],
    ["XFE1", false],
    ["A0", false],
    ["AB", false],
  ])("given %j, answers %s", (name, expected) => {
    expect(isA1Reference(name)).toBe(expected);
  });
});

describe("looksLikeR1C1Reference", () => {
  it.each([
    ["R", true],
    ["rc", true],
    ["R2C3", true],
    ["C16384x", true],
    ["CR", false],
    ["Rx1", false],
  ])("given %j, answers %s", (name, expected) => {
    expect(looksLikeR1C1Reference(name)).toBe(expected);
  });
});

describe("definedNameKey", () => {
  it("given names differing only in case, gives the same key", () => {
    expect(definedNameKey("vamHoy")).toBe(definedNameKey("VAMHOY"));
  });
});

describe("the workbook's own identifiers (src/layout/workbook-names.ts)", () => {
  // Checked here so a new stem that Excel would refuse fails at once, not in a workbook.
  const id = "k3x9q2ab";

  it("given every workbook, table and client name, each is a valid defined or table name", () => {
    const all = [
      ...Object.values(names.WORKBOOK_NAMES),
      names.PORTFOLIO_TABLE,
      ...Object.keys(names.CLIENT_TABLE_STEMS).map((kind) => names.clientTableName(kind as ClientTableKind, id)),
      ...Object.keys(names.CLIENT_NAME_STEMS).map((kind) => names.clientCellName(kind as ClientCellKind, id)),
    ];
    expect(all.filter((name) => !isValidDefinedName(name))).toEqual([]);
    expect(new Set(all.map(definedNameKey)).size).toBe(all.length);
  });
});
