import { MESSAGES } from "../../src/i18n/messages";
import { CLI_MESSAGES } from "../../src/i18n/messages/cli";
import { STRUCTURE_MESSAGES } from "../../src/i18n/messages/structure";
import { PANE_MESSAGES } from "../../src/taskpane/pane-messages";

describe("PANE_MESSAGES", () => {
  it("is the one catalogue minus the command line's and the structure findings' messages, text for text", () => {
    const left = (code: string) => !(code in CLI_MESSAGES) && !(code in STRUCTURE_MESSAGES);
    const expected = Object.fromEntries(Object.entries(MESSAGES).filter(([code]) => left(code)));
    expect(PANE_MESSAGES).toEqual(expected);
  });
});
