import { t } from "../../src/i18n/messages";
import { accepted, codes, file, parse, rejected } from "./client-csv-fixtures";

describe("parseClientsCsv: values", () => {
  it.each([
    ["7", 7],
    [" 7 ", 7],
    ["07", 7],
    ["7.0", 7],
    ['"7,0"', 7],
    ["0", 0],
    ["10", 10],
    ["", null],
    ["   ", null],
  ])("given the score %p, reads %p", (written, score) => {
    expect(accepted(parse(file(["Cliente,Conocimiento", `Acme,${written}`])))[0]?.knowledge).toBe(score);
  });

  it.each([
    ["Cliente, Manager, Compañeros, Equipo in Spanish", ["Cliente", "Manager", "Compañeros", "Equipo"]],
    ["English labels, any case, no accents", ["client", "MANAGER", "peers", "team"]],
    ["Spanish without accents", ["cliente", "manager", "companeros", "equipo"]],
  ])("given directions as %s, maps them to codes", (_label, labels) => {
    const rows = labels.map((label, i) => `C${i};${label}`);
    expect(accepted(parse(file(["Cliente;Dirección", ...rows]))).map((c) => c.direction)).toEqual([
      "client",
      "manager",
      "peers",
      "team",
    ]);
  });

  it("given text that looks like a formula or a phone number, keeps it as text", () => {
    const [client] = accepted(parse(file(["Cliente;Responsable", "=1+1;+34 600 000 000"])));
    expect([client?.name, client?.owner]).toEqual(["=1+1", "+34 600 000 000"]);
  });
});

describe("parseClientsCsv: rejected rows", () => {
  const header = "Cliente;Responsable;Dirección;Tipo;Conocimiento;Confianza";
  it.each([
    ["a blank name", ";Ana;;;;", "import.blankName", {}],
    ["a decimal score", "Acme;;;;7,5;", "import.scoreNotWhole", { column: "Conocimiento", value: "7,5" }],
    ["a decimal score with a point", "Acme;;;;;7.5", "import.scoreNotWhole", { column: "Confianza", value: "7.5" }],
    ["a score above 10", "Acme;;;;11;", "import.scoreOutOfRange", { column: "Conocimiento", value: "11" }],
    ["a negative score", "Acme;;;;;-1", "import.scoreOutOfRange", { column: "Confianza", value: "-1" }],
    ["a score in words", "Acme;;;;siete;", "import.scoreNotWhole", { column: "Conocimiento", value: "siete" }],
    ["an unknown direction", "Acme;;Proveedor;;;", "import.unknownDirection", { value: "Proveedor" }],
    ["an unknown type", "Acme;;;mixto;;", "import.unknownKind", { value: "mixto" }],
  ])("given %s, rejects the row with its line, name and reason", (_label, row, code, params) => {
    const result = parse(file([header, "Beta;;;;;", row]));
    expect(accepted(result).map((c) => c.name)).toEqual(["Beta"]);
    expect(rejected(result)).toEqual([{ line: 3, name: row.split(";")[0], issues: [{ code, params }] }]);
  });

  it("given a row with several problems, lists every one of them", () => {
    const [row] = rejected(parse(file([header, "Acme;;Proveedor;mixto;12;x"])));
    expect(codes(row?.issues ?? [])).toEqual([
      "import.unknownDirection",
      "import.unknownKind",
      "import.scoreOutOfRange",
      "import.scoreNotWhole",
    ]);
  });

  it("given names repeating an earlier one, ignoring case and surrounding spaces, rejects the repeats", () => {
    const result = parse(file(["Cliente", "Grupo Alvarado", "GRUPO ALVARADO", "  grupo alvarado ", "Grupo Álvarado"]));
    expect(accepted(result).map((c) => c.name)).toEqual(["Grupo Alvarado", "Grupo Álvarado"]);
    expect(rejected(result)).toEqual([
      {
        line: 3,
        name: "GRUPO ALVARADO",
        issues: [{ code: "import.duplicateName", params: { name: "GRUPO ALVARADO", line: 2 } }],
      },
      {
        line: 4,
        name: "grupo alvarado",
        issues: [{ code: "import.duplicateName", params: { name: "grupo alvarado", line: 2 } }],
      },
    ]);
  });

  it("given a name already in the plan, rejects it as existing", () => {
    const result = parse(file(["Cliente", "acme", "Beta"]), ["Acme "]);
    expect(rejected(result)).toEqual([
      { line: 2, name: "acme", issues: [{ code: "import.nameExists", params: { name: "acme" } }] },
    ]);
  });

  it("given a field longer than an Excel cell holds, rejects the row", () => {
    const result = parse(file(["Cliente;Sector", `Acme;${"x".repeat(32768)}`, `Beta;${"x".repeat(32767)}`]));
    expect(accepted(result).map((c) => c.name)).toEqual(["Beta"]);
    expect(rejected(result).map((r) => codes(r.issues))).toEqual([["import.tooLong"]]);
  });
});

describe("import messages", () => {
  const samples = [
    parse(""),
    parse("\u0000"),
    parse("Empresa\nAcme"),
    parse("Cliente;Notas;Cliente\n"),
    parse(file(["Cliente;Dirección;Tipo;Conocimiento", ";x;y;7,5", "A;;;11", "a;;;", '"B;', "x"])),
    parse(file(["Cliente;Sector", `A;${"x".repeat(40000)}`]), []),
    parse("Cliente\nA", ["a"]),
  ];
  const issues = samples.flatMap((r) =>
    r.ok ? [...r.warnings, ...r.rejected.flatMap((row) => row.issues)] : r.issues,
  );

  it("covers every reason the parser gives, in both languages, with every placeholder filled", () => {
    expect(new Set(codes(issues)).size).toBe(15);
    for (const issue of issues) {
      for (const language of ["es", "en"] as const) {
        expect(t(issue.code, language, issue.params)).not.toMatch(/\{\w+\}/);
      }
    }
  });
});
