import { MESSAGES } from "../../src/i18n/messages";
import { DECEMBER_PANE_MESSAGES } from "../../src/taskpane/december-chunk";
import { VIEWS_PANE_MESSAGES } from "../../src/taskpane/views-chunk";
import { addPaneMessages, hasMessage, PANE_MESSAGES, t } from "../../src/taskpane/pane-messages";

/** The areas the pane never shows (src/taskpane/pane-messages.ts says why). */
const LEFT_OUT = ["cli."];

describe("PANE_MESSAGES", () => {
  it("with the messages of the chunks loaded on first use, is the one catalogue minus the areas the pane never shows, text for text", () => {
    const shown = (code: string) => !LEFT_OUT.some((prefix) => code.startsWith(prefix));
    const expected = Object.fromEntries(Object.entries(MESSAGES).filter(([code]) => shown(code)));
    expect({ ...PANE_MESSAGES, ...DECEMBER_PANE_MESSAGES, ...VIEWS_PANE_MESSAGES }).toEqual(expected);
    const later = { ...DECEMBER_PANE_MESSAGES, ...VIEWS_PANE_MESSAGES };
    expect(Object.keys(PANE_MESSAGES).filter((code) => code in later)).toEqual([]);
    expect(Object.keys(DECEMBER_PANE_MESSAGES).filter((code) => code in VIEWS_PANE_MESSAGES)).toEqual([]);
  });

  it("knows the December chunk's messages only once the chunk has added them", () => {
    expect(hasMessage("december.rollForward.yearChanged")).toBe(false);
    expect(() => t("ui.yearEnd.confirm", "es", { year: 2027, next: 2028 })).toThrow("Unknown message code");
    addPaneMessages(DECEMBER_PANE_MESSAGES);
    expect(hasMessage("december.rollForward.yearChanged")).toBe(true);
    expect(t("ui.yearEnd.confirm", "es", { year: 2027, next: 2028 })).toBe("Cerrar 2027 y abrir 2028");
    expect(t("ui.nav.portfolio", "en")).toBe("Portfolio");
  });
});
