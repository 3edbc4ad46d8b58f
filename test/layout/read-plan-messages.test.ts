/**
 * Every finding the reader can make has a message in both languages that says what was found and what to
 * do, using only the parameters a finding carries.
 */
import { STRUCTURE_MESSAGES } from "../../src/i18n/messages/structure";
import { t } from "../../src/i18n/messages";
import type { StructureCode } from "../../src/layout/read-findings";

/** Every code, as a record so the compiler flags a code added to the union but not listed here. */
const CODES: Readonly<Record<StructureCode, true>> = {
  "structure.notAPlan": true,
  "structure.settingMissing": true,
  "structure.settingInvalid": true,
  "structure.portfolioMissing": true,
  "structure.portfolioRowOrphan": true,
  "structure.portfolioRowMissing": true,
  "structure.portfolioRowDuplicate": true,
  "structure.identityMissing": true,
  "structure.leftover": true,
  "structure.identityLost": true,
  "structure.sheetMissing": true,
  "structure.nameMissing": true,
  "structure.nameBroken": true,
  "structure.tableMissing": true,
  "structure.headersUnknown": true,
  "structure.columnMissing": true,
  "structure.columnUnknown": true,
  "structure.columnDuplicate": true,
  "structure.labelNotInList": true,
  "structure.labelUnknown": true,
  "structure.valueMissing": true,
  "structure.scoreInvalid": true,
  "structure.numberInvalid": true,
  "structure.dateAsText": true,
  "structure.dateInvalid": true,
};

describe("structure messages", () => {
  it("given the finding codes, the catalogue has exactly them", () => {
    expect(Object.keys(STRUCTURE_MESSAGES).sort()).toEqual(Object.keys(CODES).sort());
  });

  it.each(Object.keys(CODES))("given %s, both languages fill every placeholder from {what} and {value}", (code) => {
    for (const language of ["es", "en"] as const) {
      const text = t(code, language, { what: "vamNombre_acme0001", value: "siete" });
      expect(text).not.toMatch(/\{\w+\}/);
      expect(text.length).toBeGreaterThan(20);
    }
    expect(t(code, "es")).not.toBe(t(code, "en"));
  });
});
