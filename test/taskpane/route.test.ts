import { initialRoute, navSection } from "../../src/taskpane/route";

describe("initialRoute", () => {
  it.each([
    ["", { view: "portfolio" }],
    ["?view=review", { view: "review" }],
    ["?view=client", { view: "portfolio" }],
    ["?view=%3Cscript%3E", { view: "portfolio" }],
  ])("given query %p, starts at %p", (search, route) => {
    expect(initialRoute(search)).toEqual(route);
  });
});

describe("navSection", () => {
  it("counts the client and add-client views as part of the portfolio", () => {
    expect([navSection({ view: "client", clientId: "abcdefgh" }), navSection({ view: "addClient" })]).toEqual([
      "portfolio",
      "portfolio",
    ]);
  });
});
