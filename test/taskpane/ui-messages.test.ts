import { UI_MESSAGES } from "../../src/i18n/messages/ui";
import { MESSAGES } from "../../src/i18n/messages";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("UI_MESSAGES", () => {
  it.each(Object.entries(UI_MESSAGES))("%s has both languages with the same placeholders", (_code, message) => {
    expect(message.es.trim()).not.toBe("");
    expect(message.en.trim()).not.toBe("");
    expect(placeholders(message.es)).toEqual(placeholders(message.en));
  });

  it("is part of the one catalogue, every code under ui.", () => {
    for (const code of Object.keys(UI_MESSAGES)) expect([code, MESSAGES[code]]).toEqual([code, UI_MESSAGES[code]]);
    expect(Object.keys(UI_MESSAGES).filter((code) => !code.startsWith("ui."))).toEqual([]);
  });
});
