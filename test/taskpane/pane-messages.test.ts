import { MESSAGES } from "../../src/i18n/messages";
import { CLI_MESSAGES } from "../../src/i18n/messages/cli";
import { PANE_MESSAGES } from "../../src/taskpane/pane-messages";

describe("PANE_MESSAGES", () => {
  it("is the one catalogue minus the command line's messages, text for text", () => {
    const expected = Object.fromEntries(Object.entries(MESSAGES).filter(([code]) => !(code in CLI_MESSAGES)));
    expect(PANE_MESSAGES).toEqual(expected);
  });
});
