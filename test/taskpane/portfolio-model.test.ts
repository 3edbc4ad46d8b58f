import { figureText, NO_FILTER, portfolioModel } from "../../src/taskpane/portfolio-model";
import { aClient, anAction, aPlan } from "../support/plan-builders";
import { paneDataOf } from "./pane-fixtures";

const acme = aClient({ name: "Acme Ibérica", direction: "client", knowledge: 7, trust: 4, owner: "Ana" });
const boss = aClient({ name: "Marta (mi manager)", direction: "manager", knowledge: 9, trust: 9 });
const team = aClient({ name: "Equipo Norte", direction: "team" });
const gone = aClient({ name: "Antiguo", direction: "client", state: "archived", knowledge: 2, trust: 2 });
const late = aClient({
  name: "Ñandú Logística",
  direction: "client",
  knowledge: 9,
  trust: 9,
  actions: [anAction({ due: "2027-01-10" }), anAction({ due: "2027-12-01" })],
});
const data = paneDataOf(aPlan([acme, boss, team, gone, late]));

describe("portfolioModel", () => {
  it("groups active clients by direction in the order Cliente, Manager, Compañeros, Equipo, skipping empty ones", () => {
    const model = portfolioModel(data, NO_FILTER, "es");
    expect(model.groups.map((g) => [g.label, g.rows.map((r) => r.name)])).toEqual([
      ["Cliente", ["Acme Ibérica", "Ñandú Logística"]],
      ["Manager", ["Marta (mi manager)"]],
      ["Equipo", ["Equipo Norte"]],
    ]);
    expect(model.activeClients).toBe(4);
  });

  it("gives each row the domain's figures: largest gap, open and overdue actions, status in the language", () => {
    const rows = portfolioModel(data, NO_FILTER, "en").groups.flatMap((g) => g.rows);
    expect(rows.map((r) => [r.name, r.gap, r.openActions, r.overdueActions, r.statusLabel])).toEqual([
      ["Acme Ibérica", 5, 0, 0, "red"],
      ["Ñandú Logística", 0, 2, 1, "amber"],
      ["Marta (mi manager)", 0, 0, 0, "green"],
      ["Equipo Norte", null, 0, 0, "unscored"],
    ]);
  });

  it("given a direction filter, shows only that direction", () => {
    const model = portfolioModel(data, { direction: "manager", query: "" }, "es");
    expect(model.groups.map((g) => g.direction)).toEqual(["manager"]);
  });

  it("given a query, matches names ignoring case and accents", () => {
    const model = portfolioModel(data, { direction: "all", query: "NANDU" }, "es");
    expect(model.groups.flatMap((g) => g.rows.map((r) => r.name))).toEqual(["Ñandú Logística"]);
  });

  it("given a filter nothing matches, has no groups but still counts the active clients", () => {
    const model = portfolioModel(data, { direction: "peers", query: "" }, "es");
    expect([model.groups, model.activeClients]).toEqual([[], 4]);
  });

  it("given a client whose name cannot be read (its Ver sheet deleted), says so instead of an empty name", () => {
    const nameless = aClient({ name: "", direction: "peers" });
    const rows = (language: "es" | "en") =>
      portfolioModel(paneDataOf(aPlan([nameless])), NO_FILTER, language).groups.flatMap((g) => g.rows);
    expect(rows("es").map((r) => r.name)).toEqual(["Cliente sin nombre (falta su hoja Ver)"]);
    expect(rows("en").map((r) => r.name)).toEqual(["Client without a name (its Ver sheet is missing)"]);
  });

  it("leaves archived clients out of every group", () => {
    const names = portfolioModel(data, NO_FILTER, "es").groups.flatMap((g) => g.rows.map((r) => r.name));
    expect(names).not.toContain("Antiguo");
  });
});

describe("figureText", () => {
  it("shows a blank figure as a dash and 0 as 0", () => {
    expect([figureText(null), figureText(0), figureText(3)]).toEqual(["–", "0", "3"]);
  });
});
