import { parseCommandLine, type CliCommand } from "../../src/cli/arguments";

function usageError(command: CliCommand): [string, Readonly<Record<string, string>>] | undefined {
  return command.kind === "usageError" ? [command.code, command.params] : undefined;
}

describe("parseCommandLine", () => {
  it("given build with every option, returns the build request", () => {
    const command = parseCommandLine([
      "build",
      "--clients",
      "c.csv",
      "--out=plan.xlsx",
      "--detail",
      "d.json",
      "--year",
      "2027",
      "--lang",
      "en",
      "--target",
      "8",
    ]);
    expect(command).toEqual({
      kind: "build",
      language: "en",
      request: {
        clientsPath: "c.csv",
        outPath: "plan.xlsx",
        detailPath: "d.json",
        year: 2027,
        language: "en",
        target: 8,
      },
    });
  });

  it("given only the required options, defaults to Spanish, target 9 and the default year", () => {
    const command = parseCommandLine(["build", "--clients", "c.csv", "--out", "p.XLSX"]);
    expect(command.kind === "build" && command.request).toEqual({
      clientsPath: "c.csv",
      outPath: "p.XLSX",
      detailPath: undefined,
      year: undefined,
      language: "es",
      target: 9,
    });
  });

  it.each([
    [["--help"], "help"],
    [["-h"], "help"],
    [["build", "--clients", "x", "--help"], "help"],
    [["--version"], "version"],
    [["-v"], "version"],
  ])("given %p, returns %s", (argv, kind) => {
    expect(parseCommandLine(argv).kind).toBe(kind);
  });

  it.each([
    [["build", "--clients", "c.csv", "--out", "p.xlsx", "--verbose"], "cli.unknownOption", { option: "--verbose" }],
    [["build", "-x"], "cli.unknownOption", { option: "-x" }],
    [[], "cli.noCommand", {}],
    [["make"], "cli.unknownCommand", { command: "make" }],
    [["build", "extra.csv"], "cli.unexpectedArgument", { argument: "extra.csv" }],
    [["build", "--out", "p.xlsx"], "cli.missingOption", { option: "--clients" }],
    [["build", "--clients", "c.csv"], "cli.missingOption", { option: "--out" }],
    [["build", "--clients", "--out", "p.xlsx"], "cli.missingValue", { option: "--clients" }],
    [["build", "--clients", "c.csv", "--out"], "cli.missingValue", { option: "--out" }],
    [["--help=yes"], "cli.unexpectedValue", { option: "--help" }],
    [["build", "--clients", "c.csv", "--out", "p.xls"], "cli.outNotXlsx", { path: "p.xls" }],
    [["build", "--clients", "c.csv", "--out", "p.xlsx", "--lang", "fr"], "cli.badLang", { value: "fr" }],
    [
      ["build", "--clients", "c.csv", "--out", "p.xlsx", "--year", "27"],
      "cli.badYear",
      { value: "27", min: "2000", max: "2100" },
    ],
    [
      ["build", "--clients", "c.csv", "--out", "p.xlsx", "--year", "2027.5"],
      "cli.badYear",
      { value: "2027.5", min: "2000", max: "2100" },
    ],
    [
      ["build", "--clients", "c.csv", "--out", "p.xlsx", "--target", "11"],
      "cli.badTarget",
      { value: "11", min: "0", max: "10" },
    ],
    [
      ["build", "--clients", "c.csv", "--out", "p.xlsx", "--target=-1"],
      "cli.badTarget",
      { value: "-1", min: "0", max: "10" },
    ],
  ])("given %p, reports %s", (argv, code, params) => {
    expect(usageError(parseCommandLine(argv))).toEqual([code, params]);
  });

  it("given --lang en with a usage error, reports it in English", () => {
    expect(parseCommandLine(["build", "--lang", "en", "--bogus"]).language).toBe("en");
    expect(parseCommandLine(["build", "--lang=en", "--bogus"]).language).toBe("en");
    expect(parseCommandLine(["build", "--bogus"]).language).toBe("es");
  });

  it("given a file name that starts with a dash after =, accepts it", () => {
    const command = parseCommandLine(["build", "--clients=-raro.csv", "--out", "p.xlsx"]);
    expect(command.kind === "build" && command.request.clientsPath).toBe("-raro.csv");
  });
});
