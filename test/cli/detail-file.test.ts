import { applyDetail, parseDetailFile, type DetailFileResult } from "../../src/cli/detail-file";
import { newClient } from "../../src/domain/plan";
import { t } from "../../src/i18n/messages";

function detailFile(clients: Record<string, unknown>, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ version: 1, clients, ...extra });
}

function issuesOf(result: DetailFileResult): [string, string][] {
  return result.issues.map((issue) => [issue.path, issue.code]);
}

describe("parseDetailFile", () => {
  it("given a full client entry, decodes every list with labels in either language and relative dates", () => {
    const result = parseDetailFile(
      detailFile({
        "Grupo Alvarado": {
          profile: "Cadena de distribución",
          knowledgeEvidence: "Dos reuniones",
          trustEvidence: "Renovó",
          people: [
            {
              name: "Marta Gil",
              role: "decisor clave",
              relationshipNow: 5,
              relationshipTarget: 8,
              attitude: "promoter",
            },
          ],
          actions: [{ action: "Visita", level: 4, purpose: "Know them better", due: "{Y}-02-15", status: "en curso" }],
          disappointments: [
            {
              what: "Retraso",
              date: "{Y-1}-10-02",
              responsibilityTaken: "sí",
              talkedThrough: false,
              status: "abierta",
            },
          ],
          commitments: [{ commitment: "Datos de ventas", party: "cliente", due: "{Y-1}-12-01", kept: "no" }],
          feedback: [{ date: "2026-11-30", comment: "Bien", rating: 8, confidential: true }],
          snapshots: [{ date: "{Y-1}-12-15", period: "Cierre {Y-1}", knowledge: 6, trust: 7 }],
          agreement: { reviewCadence: "Trimestral" },
        },
      }),
      2027,
      "es",
    );
    expect(result.issues).toEqual([]);
    const detail = result.ok ? result.clients.get("grupo alvarado") : undefined;
    expect(detail?.people[0]).toMatchObject({
      name: "Marta Gil",
      role: "keyDecisionMaker",
      attitude: "promoter",
      relationshipNow: 5,
    });
    expect(detail?.actions[0]).toMatchObject({
      level: 4,
      purpose: "knowBetter",
      due: "2027-02-15",
      status: "inProgress",
      confidential: false,
    });
    expect(detail?.disappointments[0]).toMatchObject({
      date: "2026-10-02",
      responsibilityTaken: true,
      talkedThrough: false,
      status: "open",
    });
    expect(detail?.commitments[0]).toMatchObject({ party: "client", kept: "no", due: "2026-12-01", date: null });
    expect(detail?.feedback[0]).toMatchObject({ date: "2026-11-30", rating: 8, confidential: true });
    expect(detail?.scoreHistory).toEqual([
      { date: "2026-12-15", period: "Cierre 2026", knowledge: 6, trust: 7, note: "" },
    ]);
    expect(detail?.agreement).toEqual({
      reviewCadence: "Trimestral",
      sponsorReceives: "",
      teamReceives: "",
      confidentialMatters: "",
    });
  });

  it.each([
    ["a bad date", { due: "{Y}-02-30" }, "actions[0].due", "cli.detail.badDate"],
    ["an unknown status", { status: "quizá" }, "actions[0].status", "cli.detail.unknownChoice"],
    ["a level out of the pyramid", { level: 7 }, "actions[0].level", "cli.detail.unknownChoice"],
    ["a misspelt field", { stauts: "hecha" }, "actions[0].stauts", "cli.detail.unknownField"],
    ["no action text", { action: "  " }, "actions[0].action", "cli.detail.missing"],
    ["a number as text", { owner: 7 }, "actions[0].owner", "cli.detail.expectedText"],
    ["a string flag", { confidential: "yes" }, "actions[0].confidential", "cli.detail.expectedBoolean"],
  ])(
    "given an action with %s, leaves that action out, keeps the others and says where",
    (_label, patch, path, code) => {
      const actions = [{ action: "Mala", ...patch }, { action: "Buena" }];
      const result = parseDetailFile(detailFile({ Acme: { actions } }), 2027, "es");
      expect(issuesOf(result)).toEqual([[`clients["Acme"].${path}`, code]]);
      expect(result.ok && result.clients.get("acme")?.actions.map((a) => a.action)).toEqual(["Buena"]);
    },
  );

  it.each([
    ["a score of 11", { rating: 11, comment: "x" }, "cli.detail.expectedScore"],
    ["a decimal score", { rating: 7.5, comment: "x" }, "cli.detail.expectedScore"],
    ["an answer that is neither yes nor no", { what: "x", talkedThrough: "a veces" }, "cli.detail.expectedYesNo"],
  ])("given %s, reports it", (_label, item, code) => {
    const list = "rating" in item ? "feedback" : "disappointments";
    const result = parseDetailFile(detailFile({ Acme: { [list]: [item] } }), 2027, "en");
    expect(issuesOf(result).map(([, c]) => c)).toEqual([code]);
  });

  it("given a snapshot without a date, leaves it out (snapshots are ordered by date)", () => {
    const result = parseDetailFile(detailFile({ Acme: { snapshots: [{ trust: 5 }] } }), 2027, "es");
    expect(issuesOf(result)).toEqual([['clients["Acme"].snapshots[0].date', "cli.detail.missing"]]);
  });

  it("given a list that is not a list and an item that is not an object, reports both", () => {
    const result = parseDetailFile(detailFile({ Acme: { people: {}, actions: ["Visita"] } }), 2027, "es");
    expect(issuesOf(result)).toEqual([
      ['clients["Acme"].people', "cli.detail.expectedList"],
      ['clients["Acme"].actions[0]', "cli.detail.expectedObject"],
    ]);
  });

  it("given two entries for the same client ignoring case, keeps the first", () => {
    const result = parseDetailFile(detailFile({ Acme: { profile: "1" }, " ACME ": { profile: "2" } }), 2027, "es");
    expect(issuesOf(result)).toEqual([['clients[" ACME "]', "cli.detail.duplicateClient"]]);
    expect(result.ok && result.clients.get("acme")?.profile).toBe("1");
  });

  it.each([
    ["text that is not JSON", "{ version: 1 }", "cli.detail.notJson"],
    ["a JSON list", "[]", "cli.detail.notObject"],
    ["another version", JSON.stringify({ version: 2, clients: {} }), "cli.detail.badVersion"],
    ["no clients object", JSON.stringify({ version: 1 }), "cli.detail.expectedObject"],
    ["an unknown top-level key", JSON.stringify({ version: 1, clients: {}, client: {} }), "cli.detail.unknownField"],
  ])("given %s, rejects the whole file", (_label, text, code) => {
    const result = parseDetailFile(text, 2027, "es");
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.code)).toEqual([code]);
  });

  it("given a BOM and $comment annotations, reads the file", () => {
    const result = parseDetailFile(
      `\uFEFF${detailFile({ Acme: { $comment: "nota" } }, { $comment: "x" })}`,
      2027,
      "es",
    );
    expect(result.ok && result.issues).toEqual([]);
  });

  it("gives every issue a message in both languages", () => {
    const texts = [
      "nope",
      detailFile({
        A: { actions: [{ action: 1, due: "x", status: "x", confidential: 1, level: 9, x: 1 }], people: 1 },
      }),
      detailFile({
        A: { feedback: [{ rating: 99 }], disappointments: [{ talkedThrough: 3 }], snapshots: [{}] },
        a: {},
      }),
      JSON.stringify({ version: 3, clients: {} }),
    ];
    const issues = texts.flatMap((text) => parseDetailFile(text, 2027, "es").issues);
    expect(new Set(issues.map((i) => i.code)).size).toBeGreaterThanOrEqual(12);
    for (const issue of issues) {
      for (const language of ["es", "en"] as const) {
        // `{Y}` in the date hint is literal text, not a placeholder.
        expect(t(issue.code, language, issue.params).replace(/\{Y\}/g, "")).not.toMatch(/\{\w+\}/);
      }
    }
  });
});

describe("applyDetail", () => {
  it("adds the detail to a client and keeps its identity and scores", () => {
    const client = newClient({ id: "abcdefgh", name: "Acme", owner: "Ana", knowledge: 6, trust: null });
    const result = parseDetailFile(detailFile({ acme: { profile: "P", actions: [{ action: "Visita" }] } }), 2027, "es");
    const detail = result.ok ? result.clients.get("acme") : undefined;
    if (detail === undefined) throw new Error("expected the detail to decode");
    const merged = applyDetail(client, detail);
    expect(merged).toMatchObject({
      id: "abcdefgh",
      name: "Acme",
      owner: "Ana",
      knowledge: 6,
      trust: null,
      profile: "P",
    });
    expect(merged.actions.map((a) => a.action)).toEqual(["Visita"]);
    expect(merged.agreement).toEqual(client.agreement);
  });
});
