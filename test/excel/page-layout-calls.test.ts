/** A PrintSpec as PageLayout calls: the same page setup the .xlsx writer writes (write-sheet-setup.ts). */
import type { PrintSpec } from "../../src/layout/spec";
import { pageLayoutCalls, printAreaAddress } from "../../src/excel/page-layout-calls";

const BASE: PrintSpec = { orientation: "landscape", fitToPagesWide: 1 };

describe("pageLayoutCalls", () => {
  it("given only orientation and fit, it sets those two, zoom as one object, as many pages tall as needed", () => {
    expect(pageLayoutCalls(BASE)).toEqual([
      { part: "pageLayout", op: "orientation", value: "Landscape" },
      { part: "pageLayout", op: "zoom", value: { horizontalFitToPages: 1, verticalFitToPages: 0 } },
    ]);
  });

  it("given repeated rows, print blocks, header and footer, each becomes its call, in that order", () => {
    const print: PrintSpec = {
      ...BASE,
      orientation: "portrait",
      repeatRows: { first: 2, last: 3 },
      areas: [
        { first: 0, last: 4 },
        { first: 6, last: 23 },
        { first: 25, last: 25 },
      ],
      header: "&A",
      footer: "&P / &N",
    };
    expect(pageLayoutCalls(print).slice(2)).toEqual([
      { part: "pageLayout", op: "setPrintTitleRows", value: "$3:$4" },
      { part: "pageLayout", op: "setPrintArea", areas: "A:E, G:X, Z:Z" },
      { part: "pageLayout.headersFooters.defaultForAllPages", op: "centerHeader", value: "&A" },
      { part: "pageLayout.headersFooters.defaultForAllPages", op: "centerFooter", value: "&P / &N" },
    ]);
  });

  it("given an empty list of blocks, no print area is set (the used range prints)", () => {
    expect(pageLayoutCalls({ ...BASE, areas: [] }).map((c) => c.op)).toEqual(["orientation", "zoom"]);
  });
});

describe("printAreaAddress", () => {
  it.each([
    [[{ first: 0, last: 0 }], "A:A"],
    [
      [
        { first: 26, last: 27 },
        { first: 29, last: 30 },
      ],
      "AA:AB, AD:AE",
    ],
  ])("given the blocks %j, the address is %s", (areas, address) => {
    expect(printAreaAddress(areas)).toBe(address);
  });
});
