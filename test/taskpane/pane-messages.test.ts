import { MESSAGES } from "../../src/i18n/messages";
import { PANE_MESSAGES } from "../../src/taskpane/pane-messages";

/** The areas the pane never shows (src/taskpane/pane-messages.ts says why). */
const LEFT_OUT = ["cli."];

describe("PANE_MESSAGES", () => {
  it("is the one catalogue minus the areas the pane never shows, text for text", () => {
    const shown = (code: string) => !LEFT_OUT.some((prefix) => code.startsWith(prefix));
    const expected = Object.fromEntries(Object.entries(MESSAGES).filter(([code]) => shown(code)));
    expect(PANE_MESSAGES).toEqual(expected);
  });
});
