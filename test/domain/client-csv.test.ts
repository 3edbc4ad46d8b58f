import { accepted, codes, file, parse, rejected } from "./client-csv-fixtures";

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
