import { isValidSheetName, sheetNameKey } from "../../src/domain/sheet-names";
import { t } from "../../src/i18n/messages";
import packageJson from "../../package.json";
import { runInMemory, spanishExcelCsv } from "./cli-fixtures";
import { HOSTILE_BAD_ROWS, HOSTILE_GOOD_NAMES, hostileClientsCsv } from "./hostile-clients";
import { readXlsx, type XlsxContents } from "./xlsx-contents";

const BUILD = ["build", "--clients", "clientes.csv", "--out", "plan.xlsx"];

/** Each client's Ver, Ajustar and Medir sheets, found by the anchor names every client carries. */
function clientSheetSets(book: XlsxContents): { id: string; sheets: string[] }[] {
  return [...book.names.keys()]
    .filter((name) => name.startsWith("vamVer_"))
    .map((name) => {
      const id = name.slice("vamVer_".length);
      const sheets = ["vamVer_", "vamAjustar_", "vamMedir_"].map((stem) => book.names.get(`${stem}${id}`)?.sheet ?? "");
      return { id, sheets };
    });
}

describe("vam-plan build, in-process, on a hostile CSV", () => {
  let run: Awaited<ReturnType<typeof runInMemory>>;
  let book: XlsxContents;
  beforeAll(async () => {
    run = await runInMemory(BUILD, { files: { "clientes.csv": hostileClientsCsv() } });
    const bytes = run.written.get("plan.xlsx");
    if (bytes === undefined) throw new Error(`no workbook written; stderr:\n${run.stderr}`);
    book = await readXlsx(bytes);
  });

  it("exits 0: bad rows do not stop the good ones", () => {
    expect(run.code).toBe(0);
  });

  it("lists every bad row on stderr with its physical line, name and reason, in Spanish", () => {
    for (const row of HOSTILE_BAD_ROWS) {
      const expected = row.name === "" ? `Línea ${row.line}: ` : `Línea ${row.line} «${row.name}»: `;
      const line = run.stderr.split("\n").find((l) => l.startsWith(expected));
      expect(line).toBeDefined();
      const reason = t(row.code, "es", {}).split("{")[0] ?? "";
      expect(line).toContain(reason.slice(0, 12));
    }
    expect(run.stderr.match(/^Línea \d+/gm)).toHaveLength(HOSTILE_BAD_ROWS.length);
  });

  it("prints a summary with the clients built, the rows rejected, the size and the output path", () => {
    const size = run.written.get("plan.xlsx")?.length ?? 0;
    expect(run.stdout).toContain("/work/plan.xlsx");
    expect(run.stdout).toContain(
      `Clientes: ${HOSTILE_GOOD_NAMES.length} · filas rechazadas: ${HOSTILE_BAD_ROWS.length}`,
    );
    expect(run.stdout).toContain(`${(size / 1024).toFixed(1).replace(".", ",")} KB`);
  });

  it("builds one Ver / Ajustar / Medir set per good row, on distinct sheets that exist", () => {
    const sets = clientSheetSets(book);
    expect(sets).toHaveLength(HOSTILE_GOOD_NAMES.length);
    const sheetNames = new Set(book.sheets.map((s) => s.name));
    const used = sets.flatMap((set) => set.sheets);
    expect(used.every((name) => sheetNames.has(name))).toBe(true);
    expect(new Set(used).size).toBe(3 * HOSTILE_GOOD_NAMES.length);
  });

  it("gives every sheet a name Excel accepts, unique ignoring case", () => {
    for (const sheet of book.sheets) expect([sheet.name, isValidSheetName(sheet.name)]).toEqual([sheet.name, true]);
    expect(new Set(book.sheets.map((s) => sheetNameKey(s.name))).size).toBe(book.sheets.length);
  });

  it("stores every client name exactly as typed, as text (never a formula or a number)", async () => {
    const stored = await Promise.all(
      clientSheetSets(book).map(async ({ id }) => {
        const at = book.names.get(`vamNombre_${id}`);
        if (at === undefined) throw new Error(`no vamNombre_${id}`);
        return book.cell(at.sheet, at.ref);
      }),
    );
    expect(stored.map((cell) => cell.type)).toEqual(HOSTILE_GOOD_NAMES.map(() => "string"));
    expect(stored.map((cell) => cell.text).sort()).toEqual([...HOSTILE_GOOD_NAMES].sort());
  });
});

describe("vam-plan, in-process: languages, exit codes and failures", () => {
  const goodCsv = spanishExcelCsv([
    ["Cliente", "Conocimiento"],
    ["Acme", "7"],
    ["Beta", "x"],
  ]);

  it("given --lang en, reports rows and the summary in English, naming the column as the file does", async () => {
    const run = await runInMemory([...BUILD, "--lang", "en", "--year", "2030"], { files: { "clientes.csv": goodCsv } });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("Line 3 “Beta”: Conocimiento “x” is not a whole number.");
    expect(run.stdout).toContain("Plan 2030 built: /work/plan.xlsx");
    expect(run.stdout).toContain("Clients: 1 · rows rejected: 1");
  });

  it.each([
    ["the default year in November", new Date(2026, 10, 25), "Plan 2027"],
    ["the default year in September", new Date(2026, 8, 30), "Plan 2026"],
  ])("uses %s", async (_label, now, expected) => {
    const run = await runInMemory(BUILD, { files: { "clientes.csv": goodCsv }, now });
    expect(run.stdout).toContain(expected);
  });

  it.each([
    ["a missing clients file", {}, "No se puede leer «clientes.csv»: no existe."],
    ["a file without a Cliente column", { "clientes.csv": "Empresa;Sector\r\nAcme;x\r\n" }, "No hay columna Cliente"],
    ["a binary file", { "clientes.csv": new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0xff, 0]) }, "no es texto"],
    ["a header-only file", { "clientes.csv": "Cliente;Sector\r\n" }, "No se ha creado el libro"],
    [
      "a file whose every row is bad",
      { "clientes.csv": "Cliente;Confianza\r\n;5\r\nAcme;99\r\n" },
      "No se ha creado el libro",
    ],
  ])("given %s, exits 1, says why and writes nothing", async (_label, files, message) => {
    const run = await runInMemory(BUILD, { files });
    expect([run.code, run.written.size]).toEqual([1, 0]);
    expect(run.stderr).toContain(message);
    expect(run.stdout).toBe("");
  });

  it("given an output file Excel keeps open, exits 1 and says to close it", async () => {
    const run = await runInMemory(BUILD, { files: { "clientes.csv": goodCsv }, writeError: "EBUSY" });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("No se puede escribir «plan.xlsx»: está en uso (¿abierto en Excel?)");
  });

  it.each([
    [["build", "--clients", "c.csv", "--out", "p.xlsx", "--force"], "Opción desconocida --force."],
    [["build", "--clients", "c.csv"], "Falta --out"],
    [["publish"], "Orden desconocida «publish»"],
    [["--lang", "en", "--nope"], "Unknown option --nope."],
  ])("given %p, exits 2 with a clear message and a pointer to --help", async (argv, message) => {
    const run = await runInMemory(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toMatch(/--help/);
  });

  it("given --help, prints the usage on stdout and exits 0", async () => {
    const run = await runInMemory(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("vam-plan build --clients <clientes.csv> --out <plan.xlsx>");
  });

  it("given --version, prints the package version", async () => {
    expect(await runInMemory(["--version"])).toMatchObject({ code: 0, stdout: `${packageJson.version}\n` });
  });

  it("given a CSV saved as Excel's classic windows-1252 CSV, warns and reads the accents right", async () => {
    const bytes = Uint8Array.from([
      ...Buffer.from("Cliente\r\nCompa", "latin1"),
      0xf1,
      ...Buffer.from("\xeda Le\xf3n\r\n", "latin1"),
    ]);
    const run = await runInMemory(BUILD, { files: { "clientes.csv": bytes } });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("Windows-1252");
    const book = await readXlsx(run.written.get("plan.xlsx") ?? new Uint8Array());
    expect(book.sheets.map((s) => s.name)).toContain("Compañía León · Ver");
  });
});
