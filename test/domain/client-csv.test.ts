import {
  parseClientsCsv,
  type ClientImportOptions,
  type ClientImportResult,
  type ImportIssue,
  type ImportedClient,
  type RejectedClientRow,
} from "../../src/domain/client-csv";
import { t } from "../../src/i18n/messages";
import { CLIENT_KIND, DIRECTION, codeOf } from "../../src/i18n/vocabulary";

/** The label readers every caller passes: the closed lists of src/i18n/vocabulary.ts. */
const LABELS: ClientImportOptions["labels"] = {
  direction: (word) => codeOf(DIRECTION, word),
  kind: (word) => codeOf(CLIENT_KIND, word),
};

function parse(text: string, existingNames?: readonly string[]): ClientImportResult {
  return parseClientsCsv(text, { labels: LABELS, existingNames });
}

/** Joins records into a file the way a given program saves it. */
function file(lines: readonly string[], options: { eol?: string; bom?: boolean } = {}): string {
  return (options.bom === true ? "\uFEFF" : "") + lines.join(options.eol ?? "\n");
}

function accepted(result: ClientImportResult): readonly ImportedClient[] {
  if (!result.ok) throw new Error(`expected a readable file, got ${JSON.stringify(result.issues)}`);
  return result.accepted;
}

function rejected(result: ClientImportResult): readonly RejectedClientRow[] {
  if (!result.ok) throw new Error(`expected a readable file, got ${JSON.stringify(result.issues)}`);
  return result.rejected;
}

function codes(issues: readonly ImportIssue[]): string[] {
  return issues.map((i) => i.code);
}

describe("parseClientsCsv: file formats", () => {
  const twoClients = (delimiter: string): string[] => [
    ["Cliente", "Responsable", "Conocimiento"].join(delimiter),
    ["Grupo Alvarado", "Lucía Ortega", "7"].join(delimiter),
    ["Banco Andino", "Diego Ramos", ""].join(delimiter),
  ];
  it.each([
    ["semicolon, BOM, CRLF (Spanish Excel's CSV UTF-8)", file(twoClients(";"), { eol: "\r\n", bom: true }), ";"],
    ["comma, no BOM, LF", file(twoClients(","), { eol: "\n" }), ","],
    ["comma, old Mac CR line endings", file(twoClients(","), { eol: "\r" }), ","],
    ["tab-separated cells pasted from Excel", file(twoClients("\t"), { eol: "\r\n" }), "\t"],
    ["semicolon with a trailing line break", file([...twoClients(";"), ""], { eol: "\r\n" }), ";"],
  ])("given %s, reads both clients and detects the delimiter", (_label, text, delimiter) => {
    const result = parse(text);
    expect(result.ok && result.delimiter).toBe(delimiter);
    expect(accepted(result).map((c) => [c.name, c.owner, c.knowledge])).toEqual([
      ["Grupo Alvarado", "Lucía Ortega", 7],
      ["Banco Andino", "Diego Ramos", null],
    ]);
  });

  it("given a semicolon file whose quoted names contain commas, keeps each name whole", () => {
    const result = parse(file(["Cliente;Responsable", '"Pérez, Gil y Asociados, S.L.";Ana', "Ferrocarriles;Luis"]));
    expect(result.ok && result.delimiter).toBe(";");
    expect(accepted(result).map((c) => c.name)).toEqual(["Pérez, Gil y Asociados, S.L.", "Ferrocarriles"]);
  });

  it("given a one-column file, keeps unquoted commas inside names", () => {
    expect(accepted(parse(file(["Cliente", "Pérez, S.A."]))).map((c) => c.name)).toEqual(["Pérez, S.A."]);
  });

  it("given quoted fields with delimiters, doubled quotes and line breaks, reads them verbatim", () => {
    const text = file(["Cliente;Sector", '"Casa ""La Esquina""; Sucursal";"Retail', 'y ocio"'], { eol: "\r\n" });
    expect(accepted(parse(text)).map((c) => [c.name, c.sector])).toEqual([
      ['Casa "La Esquina"; Sucursal', "Retail\ny ocio"],
    ]);
  });

  it("given blank lines and delimiter-only lines, skips them", () => {
    const text = file(["Cliente;Responsable", "", ";;", "Banco Andino;Diego", "  ;  "]);
    expect(accepted(parse(text)).map((c) => c.name)).toEqual(["Banco Andino"]);
  });

  it.each([
    ["an empty line", ["", "Cliente,Dirección", "Acme,Equipo"]],
    ["delimiter-only lines", [";;", "  ", "Cliente;Responsable", "Acme;Ana"]],
  ])("given %s before the header, finds the header and its delimiter (found by property test)", (_label, lines) => {
    const result = parse(file(lines, { eol: "\r\n" }));
    expect(accepted(result).map((c) => [c.name, c.line])).toEqual([["Acme", lines.length]]);
  });
});

describe("parseClientsCsv: physical line numbers", () => {
  it("given quoted fields spanning lines, reports the line each record starts on", () => {
    const text = file(
      ["Cliente;Sector", '"Acme";"Industria', "pesada", 'y ligera"', "Beta;Banca", "", ";Seguros", "Gamma;x"],
      { eol: "\r\n" },
    );
    const result = parse(text);
    expect(accepted(result).map((c) => [c.name, c.line])).toEqual([
      ["Acme", 2],
      ["Beta", 5],
      ["Gamma", 8],
    ]);
    expect(rejected(result).map((r) => r.line)).toEqual([7]);
  });

  it("given a quote that is never closed, rejects the row on the line where it starts", () => {
    const result = parse(file(["Cliente;Sector", "Beta;Banca", '"Acme;Industria', "Gamma;x"]));
    expect(accepted(result).map((c) => c.name)).toEqual(["Beta"]);
    expect(rejected(result).map((r) => [r.line, codes(r.issues)])).toEqual([[3, ["import.badQuotes"]]]);
  });
});

describe("parseClientsCsv: headers", () => {
  it.each([
    ["Spanish", "Cliente;Responsable;Sector;Dirección;Tipo;Conocimiento;Confianza"],
    ["English", "Client;Owner;Sector;Direction;Type;Knowledge;Trust"],
    ["any case, no accents, spaces around", " CLIENTE ;responsable;SECTOR; direccion ;TIPO;conocimiento ; Confianza"],
    ["columns in another order", "Confianza;Conocimiento;Tipo;Dirección;Sector;Responsable;Cliente"],
  ])("given %s headers, maps every column", (_label, header) => {
    const values: Record<string, string> = {
      cliente: "Banco Andino",
      client: "Banco Andino",
      responsable: "Diego",
      owner: "Diego",
      sector: "Banca",
      direccion: "Equipo",
      direction: "Equipo",
      tipo: "interno",
      type: "interno",
      conocimiento: "6",
      knowledge: "6",
      confianza: "8",
      trust: "8",
    };
    const fold = (h: string): string => h.trim().toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
    const row = header
      .split(";")
      .map((h) => values[fold(h)] ?? "")
      .join(";");
    const [client] = accepted(parse(file([header, row])));
    expect(client).toEqual({
      line: 2,
      name: "Banco Andino",
      owner: "Diego",
      sector: "Banca",
      direction: "team",
      kind: "internal",
      knowledge: 6,
      trust: 8,
    });
  });

  it("given only a Cliente column, fills the defaults: direction client, type external, not scored", () => {
    expect(accepted(parse(file(["Cliente", "Acme"])))).toEqual([
      {
        line: 2,
        name: "Acme",
        owner: "",
        sector: "",
        direction: "client",
        kind: "external",
        knowledge: null,
        trust: null,
      },
    ]);
  });

  it("given unknown headers, warns once per header and still imports", () => {
    const result = parse(file(["Cliente;Notas;Región;notas", "Acme;x;y;z", "Beta;x;y;z"]));
    expect(result.ok && result.warnings).toEqual([
      { code: "import.unknownColumn", params: { column: "Notas" } },
      { code: "import.unknownColumn", params: { column: "Región" } },
    ]);
    expect(accepted(result)).toHaveLength(2);
  });

  it("given a repeated known header, uses the first column and warns", () => {
    const result = parse(file(["Cliente;Client", "Acme;Other"]));
    expect(accepted(result).map((c) => c.name)).toEqual(["Acme"]);
    expect(result.ok && codes(result.warnings)).toEqual(["import.repeatedColumn"]);
  });
});

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

describe("parseClientsCsv: unreadable input", () => {
  it.each([
    ["an empty file", "", "import.empty"],
    ["a BOM and blank lines only", "\uFEFF\r\n\r\n  \r\n", "import.empty"],
    ["binary content", "PK\u0003\u0004\u0000\u0000\u0014\u0000", "import.binary"],
    ["no Cliente column", "Empresa;Responsable\nAcme;Ana", "import.noClientColumn"],
  ])("given %s, returns a failure instead of throwing", (_label, text, code) => {
    const result = parse(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && codes(result.issues)).toEqual([code]);
  });

  it("given no Cliente column, names the columns it found", () => {
    const result = parse("Empresa;Responsable\nAcme;Ana");
    expect(!result.ok && result.issues[0]?.params).toEqual({ columns: "Empresa, Responsable" });
  });

  it("given a header-only file, imports nothing and warns that there are no rows", () => {
    const result = parse("\uFEFFCliente;Responsable\r\n");
    expect(result).toEqual({
      ok: true,
      delimiter: ";",
      accepted: [],
      rejected: [],
      warnings: [{ code: "import.noRows", params: {} }],
    });
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
