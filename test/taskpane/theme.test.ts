import { paneTheme, relativeLuminance } from "../../src/taskpane/theme";

describe("paneTheme", () => {
  it.each([
    [{ isDarkTheme: true, bodyBackgroundColor: "#ffffff" }, false, "dark"],
    [{ isDarkTheme: false }, true, "light"],
    [{ bodyBackgroundColor: "#262626" }, false, "dark"],
    [{ bodyBackgroundColor: "#E6E6E6" }, true, "light"],
    [{ bodyBackgroundColor: "not a colour" }, true, "dark"],
    [undefined, false, "light"],
    [undefined, true, "dark"],
  ] as const)("given Office theme %p and prefers-dark %p, picks %s", (office, prefersDark, theme) => {
    expect(paneTheme(office, prefersDark)).toBe(theme);
  });
});

describe("relativeLuminance", () => {
  it("gives 0 for black, 1 for white and null for anything else than #rrggbb", () => {
    expect([relativeLuminance("#000000"), relativeLuminance("#FFFFFF"), relativeLuminance("red")]).toEqual([
      0,
      1,
      null,
    ]);
  });
});
