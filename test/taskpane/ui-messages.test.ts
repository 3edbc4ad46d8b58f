import { MESSAGES } from "../../src/i18n/messages";
import { DECEMBER_MESSAGES } from "../../src/i18n/messages/december";
import { UI_MESSAGES } from "../../src/i18n/messages/ui";
import { UI_VIEWS_MESSAGES } from "../../src/i18n/messages/ui-views";
import { UI_YEAR_END_DETAILS } from "../../src/i18n/messages/ui-year-end-details";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** The pane's own messages: those it starts with, and those its chunks bring. */
const PANE_OWN = { ...UI_MESSAGES, ...UI_VIEWS_MESSAGES, ...UI_YEAR_END_DETAILS };

describe("the pane's messages", () => {
  it.each(Object.entries({ ...PANE_OWN, ...DECEMBER_MESSAGES }))(
    "%s has both languages with the same placeholders",
    (_code, message) => {
      expect(message.es.trim()).not.toBe("");
      expect(message.en.trim()).not.toBe("");
      expect(placeholders(message.es)).toEqual(placeholders(message.en));
    },
  );

  it("are part of the one catalogue, every code of the pane's own under ui.", () => {
    for (const code of Object.keys(PANE_OWN)) expect([code, MESSAGES[code]]).toEqual([code, PANE_OWN[code]]);
    expect(Object.keys(PANE_OWN).filter((code) => !code.startsWith("ui."))).toEqual([]);
    for (const code of Object.keys(DECEMBER_MESSAGES)) expect(code.startsWith("december.")).toBe(true);
  });
});
