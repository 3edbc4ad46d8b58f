import { blankSim, errorCodeOf, simWith } from "./fixtures";

describe("range formats", () => {
  it("given font, fill, wrap and alignment set, they read back; mixed cells read null", async () => {
    const sim = await simWith((context) => {
      const sheet = context.workbook.worksheets.getItem("Hoja1");
      // eslint-disable-next-line office-addins/load-object-before-read -- a navigation property, only written through
      const title = sheet.getRange("A1:B1").format;
      title.font.bold = true;
      title.font.color = "white";
      title.font.size = 14;
      title.fill.color = "#1f6fb2";
      title.wrapText = true;
      title.horizontalAlignment = "Center";
      title.verticalAlignment = "Top";
      sheet.getRange("A2").format.font.italic = true;
    });
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Hoja1");
      const title = sheet
        .getRange("A1:B1")
        .load(
          "format/font/bold, format/font/color, format/font/size, format/fill/color, format/wrapText, format/horizontalAlignment, format/verticalAlignment",
        );
      const mixed = sheet.getRange("A1:A2").load("format/font/bold, format/font/italic");
      const plain = sheet.getRange("C3").load("format/font/bold, format/fill/color, format/horizontalAlignment");
      await context.sync();
      expect(title.toJSON()).toEqual({
        format: {
          wrapText: true,
          horizontalAlignment: "Center",
          verticalAlignment: "Top",
          font: { bold: true, color: "#FFFFFF", size: 14 },
          fill: { color: "#1F6FB2" },
        },
      });
      expect([mixed.format.font.bold, mixed.format.font.italic]).toEqual([null, null]);
      expect([plain.format.font.bold, plain.format.fill.color, plain.format.horizontalAlignment]).toEqual([
        false,
        "#FFFFFF",
        "General",
      ]);
    });
  });

  it.each([
    ["an unknown colour", (f: Excel.RangeFormat) => (f.fill.color = "rojo")],
    ["an unknown alignment", (f: Excel.RangeFormat) => (f.horizontalAlignment = "Middle" as Excel.HorizontalAlignment)],
    ["a row higher than 409 points", (f: Excel.RangeFormat) => (f.rowHeight = 410)],
    ["a negative column width", (f: Excel.RangeFormat) => (f.columnWidth = -1)],
  ])("given %s, the sync fails with InvalidArgument", async (_label, set) => {
    expect(
      await errorCodeOf(() => simWith((c) => set(c.workbook.worksheets.getItem("Hoja1").getRange("A1").format))),
    ).toBe("InvalidArgument");
  });

  it("given column widths and row heights in points, they read back (null when the columns differ)", async () => {
    const sim = await simWith((context) => {
      const sheet = context.workbook.worksheets.getItem("Hoja1");
      sheet.getRange("A:B").format.columnWidth = 120;
      sheet.getRange("3:3").format.rowHeight = 30;
    });
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Hoja1");
      const ab = sheet.getRange("A1:B1").load("format/columnWidth");
      const ac = sheet.getRange("A1:C1").load("format/columnWidth");
      const row = sheet.getRange("A3").load("format/rowHeight");
      await context.sync();
      expect([ab.format.columnWidth, ac.format.columnWidth, row.format.rowHeight]).toEqual([120, null, 30]);
    });
  });

  it("given a border on the bottom edge, only that edge of that range has it", async () => {
    const sim = await simWith((context) => {
      const edge = context.workbook.worksheets.getItem("Hoja1").getRange("A1:B2").format.borders.getItem("EdgeBottom");
      edge.style = "Continuous";
      edge.color = "#999999";
    });
    expect(sim.workbook.sheets[0]?.cells.get("1:0")?.format?.borders).toEqual({
      EdgeBottom: { style: "Continuous", color: "#999999" },
    });
    expect(sim.workbook.sheets[0]?.cells.get("0:0")).toBeUndefined();
  });

  it("given autofitColumns, a column with long text becomes wider than the default", async () => {
    const sim = await simWith((context) => {
      const range = context.workbook.worksheets.getItem("Hoja1").getRange("A1:B1");
      range.values = [["una descripción bastante larga", "x"]];
      range.format.autofitColumns();
    });
    const widths = sim.workbook.sheets[0]?.columnWidths;
    expect(widths?.get(0)).toBeGreaterThan(48);
    expect(widths?.get(1)).toBe(48);
  });
});

describe("data validation", () => {
  const score = { wholeNumber: { formula1: 0, formula2: 10, operator: "Between" as const } };

  it("given a whole-number rule with prompt and alert, they read back", async () => {
    const sim = await simWith((context) => {
      const dv = context.workbook.worksheets.getItem("Hoja1").getRange("C3:C4").dataValidation;
      dv.rule = score;
      dv.prompt = { title: "Conocimiento", message: "Número entero de 0 a 10", showPrompt: true };
      dv.errorAlert = {
        title: "Valor no válido",
        message: "Escribe un número entero de 0 a 10",
        showAlert: true,
        style: "Stop",
      };
    });
    await sim.run(async (context) => {
      const dv = context.workbook.worksheets
        .getItem("Hoja1")
        .getRange("C3:C4")
        .dataValidation.load("type, rule, prompt, errorAlert");
      await context.sync();
      expect([dv.type, dv.rule, dv.prompt.title, dv.errorAlert.style]).toEqual([
        "WholeNumber",
        score,
        "Conocimiento",
        "Stop",
      ]);
    });
  });

  it("given a list rule over a defined name and a Range source, both are stored as formulas", async () => {
    const sim = await simWith((context) => {
      const sheet = context.workbook.worksheets.getItem("Hoja1");
      sheet.getRange("A1").dataValidation.rule = { list: { inCellDropDown: true, source: "=vamListaEstado" } };
      sheet.getRange("A2").dataValidation.rule = { list: { inCellDropDown: true, source: sheet.getRange("Z1:Z3") } };
    });
    expect(sim.workbook.sheets[0]?.validations.map((v) => v.rule)).toEqual([
      { list: { inCellDropDown: true, source: "=vamListaEstado" } },
      { list: { inCellDropDown: true, source: "=Hoja1!$Z$1:$Z$3" } },
    ]);
  });

  it.each([
    [
      "two kinds at once",
      { wholeNumber: { formula1: 0, operator: "GreaterThan" }, decimal: { formula1: 0, operator: "GreaterThan" } },
    ],
    ["no kind", {}],
    ["Between without formula2", { wholeNumber: { formula1: 0, operator: "Between" } }],
    ["an unknown operator", { decimal: { formula1: 0, operator: "Around" } }],
  ])("given a rule with %s, the sync fails with InvalidArgument", async (_label, rule) => {
    const code = await errorCodeOf(() =>
      simWith(
        (c) =>
          (c.workbook.worksheets.getItem("Hoja1").getRange("A1").dataValidation.rule =
            rule as Excel.DataValidationRule),
      ),
    );
    expect(code).toBe("InvalidArgument");
  });

  it.each([
    [
      "a prompt title over 32 characters",
      (dv: Excel.DataValidation) => (dv.prompt = { title: "t".repeat(33), message: "", showPrompt: true }),
    ],
    [
      "a prompt message over 255 characters",
      (dv: Excel.DataValidation) => (dv.prompt = { title: "", message: "m".repeat(256), showPrompt: true }),
    ],
    [
      "an alert message over 225 characters",
      (dv: Excel.DataValidation) =>
        (dv.errorAlert = { title: "", message: "m".repeat(226), showAlert: true, style: "Stop" }),
    ],
  ])("given %s, the sync fails with InvalidArgument (Excel's dialog limits)", async (_label, set) => {
    expect(
      await errorCodeOf(() =>
        simWith((c) => set(c.workbook.worksheets.getItem("Hoja1").getRange("A1").dataValidation)),
      ),
    ).toBe("InvalidArgument");
  });

  it("given clear on part of a validated range, only those cells lose it, and the whole reads Inconsistent", async () => {
    const sim = await simWith((context) => {
      const sheet = context.workbook.worksheets.getItem("Hoja1");
      sheet.getRange("A1:A4").dataValidation.rule = score;
      sheet.getRange("A2:A3").dataValidation.clear();
    });
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Hoja1");
      const [whole, kept, cleared] = ["A1:A4", "A4", "A2"].map((a) => sheet.getRange(a).dataValidation.load("type"));
      await context.sync();
      expect([whole?.type, kept?.type, cleared?.type]).toEqual(["Inconsistent", "WholeNumber", "None"]);
    });
  });
});

describe("conditional formats", () => {
  it("given cellValue, custom and dataBar formats, they are recorded on their ranges", async () => {
    const sim = await simWith((context) => {
      const sheet = context.workbook.worksheets.getItem("Hoja1");
      const red = sheet.getRange("C3").conditionalFormats.add("CellValue");
      red.cellValue.rule = { formula1: "5", operator: "LessThan" };
      red.cellValue.format.fill.color = "#F4CCCC";
      red.cellValue.format.font.bold = true;
      const late = sheet.getRange("E2:E9").conditionalFormats.add("Custom");
      late.custom.rule.formula = '=AND($E2<>"",$E2<vamHoy)';
      late.custom.format.font.color = "#C00000";
      const bars = sheet.getRange("G2:G7").conditionalFormats.add("DataBar");
      bars.dataBar.positiveFormat.fillColor = "#5B9BD5";
    });
    const formats = sim.workbook.sheets[0]?.conditionalFormats.map((f) => ({
      type: f.type,
      rule: f.rule,
      format: f.format,
      bar: f.dataBar,
    }));
    expect(formats).toEqual([
      {
        type: "CellValue",
        rule: { operator: "LessThan", formula1: "5" },
        format: { fill: "#F4CCCC", bold: true },
        bar: {},
      },
      { type: "Custom", rule: { formula: '=AND($E2<>"",$E2<vamHoy)' }, format: { fontColor: "#C00000" }, bar: {} },
      { type: "DataBar", rule: {}, format: {}, bar: { positiveFillColor: "#5B9BD5" } },
    ]);
  });

  it("given the cellValue part of a custom format, using it fails with InvalidArgument", async () => {
    const code = await errorCodeOf(() =>
      simWith((context) => {
        context.workbook.worksheets.getItem("Hoja1").getRange("A1").conditionalFormats.add("Custom").cellValue.rule = {
          formula1: "1",
          operator: "EqualTo",
        };
      }),
    );
    expect(code).toBe("InvalidArgument");
  });

  it("given a range, its conditionalFormats are the ones intersecting it", async () => {
    const sim = await simWith((context) => {
      const sheet = context.workbook.worksheets.getItem("Hoja1");
      sheet.getRange("A1:A5").conditionalFormats.add("DataBar");
      sheet.getRange("C1").conditionalFormats.add("DataBar");
    });
    await sim.run(async (context) => {
      const count = context.workbook.worksheets.getItem("Hoja1").getRange("A3:B3").conditionalFormats.getCount();
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is filled by the sync itself
      expect(count.value).toBe(1);
    });
  });
});

describe("charts", () => {
  it("given a scatter chart over two columns, it is recorded with title, position and one series (X = first column)", async () => {
    const sim = blankSim();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Hoja1");
      const chart = sheet.charts.add("XYScatter", sheet.getRange("B2:C6"), "Columns");
      chart.title.text = "Conocimiento × Confianza";
      chart.setPosition("E2", "K16");
      chart.load("name, chartType");
      const series = chart.series.load("items/name");
      await context.sync();
      expect([chart.name, chart.chartType, series.items.map((s) => s.name)]).toEqual([
        "Chart 1",
        "XYScatter",
        ["Series1"],
      ]);
    });
    expect(sim.workbook.sheets[0]?.charts[0]).toMatchObject({
      title: "Conocimiento × Confianza",
      position: { startCell: "E2", endCell: "K16" },
      series: [{ name: "Series1", xValues: "Hoja1!$B$2:$B$6", values: "Hoja1!$C$2:$C$6" }],
    });
  });
});
