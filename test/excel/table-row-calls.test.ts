/**
 * Removing a table row by its key: the row is found when the request runs (Range.find over the key column),
 * so what a co-author did between our read and our write never makes us remove someone else's row.
 */
import { createSimExcel, type SimHost } from "../../excel-sim/host";
import { StepQueue } from "../../src/excel/queue-step";
import type { Step } from "../../src/excel/steps";
import { literalFindText } from "../../src/excel/table-row-calls";

/** Hoja1 with table vamCartera (Cliente | Id) over B2:C7: Acme, Beta, Gamma, then ids `axxb` and `a*b`. */
async function cartera(): Promise<SimHost> {
  const sim = createSimExcel({ firstSheetName: "Hoja1" });
  await sim.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Hoja1");
    sheet.getRange("B2:C7").values = [
      ["Cliente", "Id"],
      ["'Acme", "acme0001"],
      ["'Beta", "beta0002"],
      ["'Gamma", "gamm0003"],
      ["'Parecido", "axxb"],
      ["'Comodín", "a*b"],
    ];
    sheet.tables.add("B2:C7", true).name = "vamCartera";
    await context.sync();
  });
  return sim;
}

const remove = (key: string, clearOnly = false): Step => ({
  kind: "deleteTableRow",
  table: "vamCartera",
  keyHeader: "Id",
  key,
  clearOnly,
});

/** The ids left in the table, read through the API. */
async function ids(sim: SimHost): Promise<unknown[]> {
  return sim.run(async (context) => {
    const body = context.workbook.tables.getItem("vamCartera").columns.getItem("Id").getDataBodyRange();
    body.load("values");
    await context.sync();
    return body.values.map((row) => row[0]);
  });
}

/** Queues `steps` on one context and syncs once, as the gateway sends one request. */
function send(sim: SimHost, steps: readonly Step[]): Promise<void> {
  return sim.run(async (context) => {
    const queue = new StepQueue(context);
    steps.forEach((step) => queue.queue(step));
    await context.sync();
  });
}

describe("literalFindText", () => {
  it.each([
    ["acmeacme", "acmeacme"],
    ["a*b", "a~*b"],
    ["¿qué?", "¿qué~?"],
    ["~tilde", "~~tilde"],
  ])("given the key %s, Find searches %s (wildcards escaped with ~)", (key, text) => {
    expect(literalFindText(key)).toBe(text);
  });
});

describe("the deleteTableRow step", () => {
  it("given a co-author removed a row above between our read and our write, the key's own row is removed", async () => {
    const sim = await cartera();
    // We read Beta at body row 1; a co-author then removes Acme, so Beta is now at row 0.
    await sim.run(async (context) => {
      context.workbook.tables.getItem("vamCartera").rows.getItemAt(0).delete();
      await context.sync();
    });
    await send(sim, [remove("beta0002")]);
    expect(await ids(sim)).toEqual(["gamm0003", "axxb", "a*b"]);
  });

  it("given a key with Find's wildcards, only the row holding exactly that text goes", async () => {
    const sim = await cartera();
    await send(sim, [remove("a*b")]);
    expect(await ids(sim)).toEqual(["acme0001", "beta0002", "gamm0003", "axxb"]);
  });

  it("given a key no row holds any more, the request fails with ItemNotFound and the steps after it never run", async () => {
    const sim = await cartera();
    const failed = send(sim, [remove("zeta9999"), remove("acme0001")]);
    await expect(failed).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(await ids(sim)).toEqual(["acme0001", "beta0002", "gamm0003", "axxb", "a*b"]);
  });

  it("given clearOnly for the table's only row, the row is emptied and the table keeps it", async () => {
    const sim = await cartera();
    const others = ["acme0001", "beta0002", "gamm0003", "axxb"].map((id) => remove(id));
    await send(sim, [...others, remove("a*b", true)]);
    expect(await ids(sim)).toEqual([""]);
    expect(sim.workbook.tables[0]?.rect).toEqual({ row: 1, column: 1, rows: 2, columns: 2 });
  });
});
