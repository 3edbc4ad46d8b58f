import { ownerItems, structureGroups } from "../../src/taskpane/review-structure-model";
import type { PaneData } from "../../src/taskpane/pane-services";
import { aClient, anAction, aPlan } from "../support/plan-builders";
import { loadChunkMessages, paneDataOf } from "./pane-fixtures";

// Revisión del plan's messages come with its chunk (src/taskpane/views-chunk.ts), added when it loads.
beforeAll(loadChunkMessages);

describe("ownerItems (overdue actions by owner)", () => {
  const late = (action: string, owner: string) => anAction({ action, owner, due: "2027-01-10" });
  const acme = aClient({
    name: "Acme",
    actions: [late("A1", "Ana"), late("A2", " ana "), anAction({ owner: "Luis" })],
  });
  const beta = aClient({ name: "Beta", actions: [late("B1", "Luis"), late("B2", "")] });
  const data = paneDataOf(aPlan([acme, beta]));

  it("given overdue actions, lists each owner (case and spaces ignored) with a count, most first, blank owner named", () => {
    expect(ownerItems(data, "es").map((item) => item.text)).toEqual([
      "Ana · vencidas: 2",
      "sin responsable · vencidas: 1",
      "Luis · vencidas: 1",
    ]);
    expect(ownerItems(data, "en").map((item) => item.text)[1]).toBe("no owner · overdue: 1");
  });

  it("points each owner at their first overdue action, in plan order", () => {
    const firsts = ownerItems(data, "es").map((item) => [item.owner, item.first?.clientId, item.first?.row]);
    expect(firsts).toEqual([
      ["Ana", acme.id, 0],
      ["", beta.id, 1],
      ["Luis", beta.id, 0],
    ]);
  });

  it("given nothing overdue, is empty", () => {
    expect(ownerItems(paneDataOf(aPlan([aClient()])), "es")).toEqual([]);
  });
});

describe("structureGroups (what the reader found wrong with the workbook)", () => {
  const acme = aClient({ name: "Acme" });
  const beta = aClient({ name: "Beta" });
  const with_ = (extra: Partial<PaneData>): PaneData => ({ ...paneDataOf(aPlan([acme, beta])), ...extra });

  it("given a deleted table and an unfinished client, offers Repair for each, in plan order", () => {
    const data = with_({
      structure: [
        { code: "structure.tableMissing", clientId: beta.id, what: `vamAcciones_${beta.id}`, table: "actions" },
      ],
      incomplete: [acme.id],
    });
    const groups = structureGroups(data, "es");
    expect(groups.map((g) => [g.clientId, g.name, g.repairable])).toEqual([
      [acme.id, "Acme", true],
      [beta.id, "Beta", true],
    ]);
    expect(groups[0]?.lines).toEqual(["Acme: sus hojas no se terminaron de crear."]);
    expect(groups[1]?.lines[0]).toMatch(new RegExp(`^Beta: .*vamAcciones_${beta.id}`));
  });

  it("given findings about cell content, lists them without Repair (repair rebuilds only what is missing)", () => {
    const data = with_({
      structure: [{ code: "structure.dateAsText", clientId: acme.id, what: "Vence", value: "mañana" }],
    });
    expect(structureGroups(data, "es").map((g) => g.repairable)).toEqual([false]);
  });

  it("lists workbook-level findings first, with no client and no Repair", () => {
    const data = with_({
      structure: [{ code: "structure.portfolioRowOrphan", what: "zzzz0000", table: "portfolio", row: 3 }],
    });
    const [first] = structureGroups(data, "en");
    expect([first?.clientId, first?.repairable]).toEqual([null, false]);
    expect(first?.lines[0]).toContain("zzzz0000");
  });

  it("given a client that cannot be read (no name left), names it as such and offers no Repair", () => {
    const data = with_({
      structure: [{ code: "structure.identityMissing", clientId: "gone0000", what: "vamNombre_gone0000" }],
    });
    expect(structureGroups(data, "es").map((g) => [g.name, g.repairable])).toEqual([["(cliente sin nombre)", false]]);
  });

  it("given the leftovers of a failed add (a scaffold sheet, no name), names them as such and offers Repair", () => {
    const data = with_({
      structure: [{ code: "structure.leftover", clientId: "gone0000", what: "vam_gone0000_ver" }],
      incomplete: ["gone0000"],
    });
    const groups = structureGroups(data, "es");
    expect(groups.map((g) => [g.clientId, g.name, g.repairable])).toEqual([["gone0000", "(cliente sin nombre)", true]]);
    expect(groups[0]?.lines[0]).toContain("vam_gone0000_ver");
  });

  it("given a sound workbook, is empty", () => {
    expect(structureGroups(with_({}), "es")).toEqual([]);
  });
});
