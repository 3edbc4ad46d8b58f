/**
 * One excel-sim workbook shared by two co-authors (two sessions, each its own request contexts), a checker
 * that reads it between steps, and the person at the keyboard. Runs the steps of plan-steps.ts with their
 * injected failures and reports every way a step broke the invariants of plan-invariants.ts.
 *
 * Requests of concurrent use cases interleave through the simulator's latency hook, which yields to the event
 * loop instead of sleeping, so the interleaving is the same on every run and no wall-clock time is involved.
 */
import { addAction } from "../../../src/app/add-action";
import { addClient } from "../../../src/app/add-client";
import { archiveClient, restoreClient } from "../../../src/app/archive-client";
import { deleteClientPermanently } from "../../../src/app/delete-client";
import { importClients } from "../../../src/app/import-clients";
import { readPlan, type PlanView } from "../../../src/app/read-plan";
import { renameClient } from "../../../src/app/rename-client";
import { repairClient } from "../../../src/app/repair-client";
import type { AppResult } from "../../../src/app/result";
import { saveScoreSnapshot } from "../../../src/app/save-score-snapshot";
import type { PlanSession } from "../../../src/app/session";
import { setScores } from "../../../src/app/set-scores";
import { newClientId } from "../../../src/domain/client-id";
import type { ClientId } from "../../../src/domain/plan";
import { OfficeWorkbookGateway } from "../../../src/excel/office-gateway";
import type { SimHost } from "../../../excel-sim/host";
import { planned, seededBytes, TODAY, valueOf } from "../../app/fixtures";
import { applyDamage } from "./damage";
import type { Interference, PlanStep, UseCaseCall } from "./plan-steps";
import { shortJson } from "./fc-run";
import { identityLostIds, notWhole, unreportedDamage } from "./plan-invariants";
import { SimulatedUser } from "./simulated-user";

/** The catalogue code the product must show for an Excel error code a request ended with. */
const MESSAGE_OF_OUTCOME: Readonly<Record<string, string>> = {
  InvalidOperationInCellEditMode: "excel.cellEditMode",
  GeneralException: "excel.unknown",
};

type AnyResult = AppResult<unknown> | null;

/** A CSV of client names, as a person would paste them (two columns, so the delimiter is plain). */
function csvOf(names: readonly string[]): string {
  return ["Cliente;Responsable", ...names.map((n) => `"${n.replace(/"/g, '""')}";Ana`)].join("\r\n");
}

function sessionFor(sim: SimHost, seed: number): PlanSession {
  const gateway = new OfficeWorkbookGateway((batch) => sim.run(batch));
  return { gateway, today: () => TODAY, randomBytes: seededBytes(seed), language: "es" };
}

/** A shared workbook, its two co-authors, the checker and the person. */
export class PlanWorld {
  readonly user: SimulatedUser;
  /** How each use case ended, `<kind> <ok | first issue code>` → count. */
  readonly outcomes = new Map<string, number>();
  private readonly authors: readonly [PlanSession, PlanSession];
  private view: PlanView | null = null;
  /** Clients whose deleted Ver sheet the closing repair gave back through Rename. */
  identitiesRestored = 0;
  /** The name each client had when last read: what the person gives back when a deleted Ver sheet took it. */
  private readonly knownNames = new Map<ClientId, string>();
  private stepStart = 0;
  private inStep: { interference: Interference; typing: ((roundTrip: number) => void) | null } | null = null;

  private constructor(
    readonly sim: SimHost,
    private readonly checker: PlanSession,
  ) {
    this.user = new SimulatedUser(sim);
    this.authors = [sessionFor(sim, 11), sessionFor(sim, 12)];
    sim.instrumentation.latencyMs = 1;
    sim.instrumentation.sleep = async () => {
      this.beforeRoundTrip();
      await new Promise<void>((resolve) => setImmediate(resolve));
    };
  }

  /** A plan (es, 2027) with two clients, Acme and Beta. */
  static async create(): Promise<PlanWorld> {
    const { sim, session } = await planned("es", 10);
    for (const name of ["Acme", "Beta"])
      valueOf(await addClient(session, { id: newClientId(session.randomBytes), name }));
    const world = new PlanWorld(sim, session);
    await world.refresh();
    return world;
  }

  /** The clients a step can name: the plan's, then the incomplete ones it does not list. */
  private known(): ClientId[] {
    const view = this.view;
    if (view === null) return [];
    const listed = view.plan.clients.map((c) => c.id);
    return [...listed, ...view.incomplete.filter((id) => !listed.includes(id))];
  }

  /** The client at `index` (modulo), or null when the workbook has none. */
  clientAt(index: number): ClientId | null {
    const ids = this.known();
    return ids.length === 0 ? null : (ids[index % ids.length] ?? null);
  }

  /** Plan clients only: what a person sees and types into. */
  visibleClientAt(index: number): ClientId | null {
    const ids = this.view?.plan.clients.map((c) => c.id) ?? [];
    return ids.length === 0 ? null : (ids[index % ids.length] ?? null);
  }

  private nameOf(id: ClientId): string {
    return this.view?.plan.clients.find((c) => c.id === id)?.name ?? "";
  }

  private beforeRoundTrip(): void {
    if (this.inStep === null) return;
    const roundTrip = this.sim.instrumentation.roundTrips - this.stepStart;
    const { interference } = this.inStep;
    if (interference.kind === "cellEditMode" && interference.fromRoundTrip === roundTrip)
      this.sim.user.enterCellEditMode();
    this.inStep.typing?.(roundTrip);
  }

  private async refresh(): Promise<PlanView> {
    const read = await readPlan(this.checker);
    if (!read.ok) throw new Error(`the checker cannot read the plan: ${JSON.stringify(read.issues)}`);
    this.view = read.value;
    for (const client of read.value.plan.clients) if (client.name !== "") this.knownNames.set(client.id, client.name);
    return read.value;
  }

  /** Runs one use case call as `session` (logged when FC_VERBOSE is set). */
  private async call(session: PlanSession, call: UseCaseCall): Promise<AnyResult> {
    const result = await this.dispatch(session, call);
    const outcome = result === null ? "no client" : result.ok ? "ok" : (result.issues[0]?.code ?? "failed");
    this.outcomes.set(`${call.kind} ${outcome}`, (this.outcomes.get(`${call.kind} ${outcome}`) ?? 0) + 1);
    if (process.env.FC_VERBOSE) {
      const outcomes = this.sim.instrumentation.requests.slice(this.stepStart).map((r) => r.outcome);
      console.log(
        `${JSON.stringify(call).slice(0, 120)} → ${JSON.stringify(result).slice(0, 300)} [${outcomes.join(",")}]`,
      );
    }
    return result;
  }

  /** Runs one use case call as `session`; null when it names a client and there is none. */
  private async dispatch(session: PlanSession, call: UseCaseCall): Promise<AnyResult> {
    if (call.kind === "add") return addClient(session, { id: newClientId(session.randomBytes), name: call.name });
    if (call.kind === "import") return importClients(session, csvOf(call.names));
    if (call.kind === "read") return readPlan(session);
    if (call.kind === "snapshot" && call.client === "all")
      return saveScoreSnapshot(session, { clientIds: "all", period: "T1", note: "" });
    const id = this.clientAt(call.client === "all" ? 0 : call.client);
    if (id === null) return null;
    switch (call.kind) {
      case "rename":
        return renameClient(session, id, call.name);
      case "archive":
        return archiveClient(session, id);
      case "restore":
        return restoreClient(session, id);
      case "snapshot":
        return saveScoreSnapshot(session, { clientIds: [id], period: "T1", note: "" });
      case "addAction":
        return addAction(session, id, { action: call.text, level: 4 });
      case "setScores":
        return setScores(session, id, { knowledge: call.knowledge, trust: call.trust });
      case "repair":
        return repairClient(session, id);
      case "delete": {
        const name = this.nameOf(id);
        const result = await deleteClientPermanently(session, id, call.confirmed ? name : `${name} (no)`);
        if (call.confirmed) this.user.forgetDeletedSheets(id);
        return result;
      }
    }
  }

  /** Failed requests of the current step, as Excel error codes. */
  private failedOutcomes(): string[] {
    return this.sim.instrumentation.requests
      .slice(this.stepStart)
      .map((r) => r.outcome)
      .filter((outcome) => outcome !== "ok");
  }

  /** How a lone use case's result disagrees with what happened to its requests. */
  private resultProblems(result: AnyResult, interference: Interference): string[] {
    const failed = this.failedOutcomes();
    const codes = result === null || result.ok ? [] : result.issues.map((i) => i.code);
    const excel = codes.filter((code) => code.startsWith("excel."));
    if (failed.length === 0) return excel.length === 0 ? [] : [`${excel.join(",")} with no failed request`];
    const first = failed[0] ?? "";
    const problems: string[] = [];
    if (interference.kind === "none") problems.push(`request failed with ${first} with nothing injected`);
    const expected = MESSAGE_OF_OUTCOME[first];
    if (result?.ok !== false) problems.push(`succeeded although a request failed with ${first}`);
    else if (expected !== undefined && !codes.includes(expected)) problems.push(`said ${codes.join(",")} for ${first}`);
    return problems;
  }

  /** Runs `step`; returns every invariant it broke (empty when all hold). */
  async step(step: PlanStep): Promise<string[]> {
    const problems: string[] = [];
    if (step.kind === "type") {
      const id = this.visibleClientAt(step.typing.client);
      if (id !== null) this.user.type(id, step.typing.target, step.typing.text);
    } else if (step.kind === "damage") {
      applyDamage(this, step.damage);
    } else if (step.kind === "repairAll") {
      return this.repairAll();
    } else {
      problems.push(...(await this.runUseCases(step)));
    }
    const view = await this.refresh();
    return [...problems, ...unreportedDamage(this.sim, view), ...this.user.lostValues()];
  }

  private async runUseCases(step: Extract<PlanStep, { kind: "run" | "race" }>): Promise<string[]> {
    this.stepStart = this.sim.instrumentation.roundTrips;
    const { interference } = step;
    const typing = step.kind === "run" ? step.typingDuring : null;
    const typist = typing === null ? null : this.visibleClientAt(typing.client);
    this.inStep = {
      interference,
      typing: (roundTrip) => {
        if (typing !== null && typist !== null && typing.roundTrip === roundTrip)
          this.user.type(typist, typing.target, typing.text, true);
      },
    };
    if (interference.kind === "syncFault") this.sim.failSync(interference.roundTrip, interference.mode);
    // In cell-edit mode from the first request on, nothing may change (but what the person types meanwhile).
    const editFromStart = interference.kind === "cellEditMode" && interference.fromRoundTrip === 1;
    const before = editFromStart && typing === null ? this.fingerprint() : null;
    try {
      if (step.kind === "run") {
        const result = await this.call(this.authors[step.author], step.call);
        const problems = this.resultProblems(result, interference);
        if (before !== null && this.fingerprint() !== before) problems.push("changed the workbook in cell-edit mode");
        return problems;
      }
      await Promise.all([this.call(this.authors[0], step.calls[0]), this.call(this.authors[1], step.calls[1])]);
      return [];
    } finally {
      this.inStep = null;
      this.sim.faults.clear();
      this.sim.user.leaveCellEditMode();
    }
  }

  /**
   * What a person does to fix the plan: Repair on every client the pane flags, and on every leftover (the
   * pane offers Repair for those too, review-structure-model.ts); then all must be whole.
   */
  private async repairAll(): Promise<string[]> {
    const problems: string[] = [];
    for (const id of identityLostIds(await this.refresh())) problems.push(...(await this.restoreIdentity(id)));
    const view = await this.refresh();
    const leftovers = view.findings.structure.flatMap((f) =>
      f.code === "structure.leftover" && f.clientId !== undefined ? [f.clientId] : [],
    );
    const flagged = view.plan.clients
      .map((c) => c.id)
      .filter((id) => view.incomplete.includes(id) || view.findings.structure.some((f) => f.clientId === id))
      .concat(leftovers);
    for (const id of flagged) {
      const repaired = await repairClient(this.authors[0], id);
      if (!repaired.ok) problems.push(`repair of ${id} failed: ${JSON.stringify(repaired.issues)}`);
    }
    return [...problems, ...notWhole(this.sim, await this.refresh()), ...this.user.lostValues()];
  }

  /**
   * What the pane says to do for a client whose Ver sheet was deleted (structure.identityLost): Repair refuses
   * and changes nothing; Rename with the name the person remembers builds Ver again (another name when a
   * client has taken that one meanwhile).
   */
  private async restoreIdentity(id: ClientId): Promise<string[]> {
    const problems: string[] = [];
    const before = this.fingerprint();
    const repaired = await repairClient(this.authors[0], id);
    if (repaired.ok || repaired.issues[0]?.code !== "app.identityLost")
      problems.push(`repair of ${id}, whose Ver sheet is gone, said ${shortJson(repaired)}`);
    if (this.fingerprint() !== before) problems.push(`repair of ${id}, whose Ver sheet is gone, changed the workbook`);
    for (const name of [this.knownNames.get(id), `Recuperado ${id}`]) {
      if (name === undefined) continue;
      const renamed = await renameClient(this.authors[0], id, name);
      if (renamed.ok) {
        this.identitiesRestored += 1;
        return problems;
      }
      if (!renamed.issues.every((issue) => issue.code.startsWith("validation.")))
        problems.push(`rename giving ${id} its name back failed: ${shortJson(renamed.issues)}`);
    }
    return [...problems, `no name could be given back to ${id}`];
  }

  /** The workbook's content as one string, to tell whether a step changed anything. */
  fingerprint(): string {
    const { sheets, tables, names } = this.sim.workbook;
    return JSON.stringify({
      sheets: sheets.map((s) => [s.id, s.name, s.visibility, [...s.cells]]),
      tables: tables.map((t) => [t.name, t.rect]),
      names: names.map((n) => [n.name, n.ref]),
    });
  }
}
