/**
 * The playground's example plan: the clients of examples/clientes.csv (read by the domain's CSV import),
 * with a realistic Spanish Ajustar/Medir for four of them. Dates are relative to `today`, so the example
 * always has overdue actions, a repeated client miss and a top-heavy pyramid to review, whenever it runs.
 */
import { CLIENT_LABELS } from "../app/import-clients";
import { parseClientsCsv } from "../domain/client-csv";
import { newClientId } from "../domain/client-id";
import { addDays } from "../domain/dates";
import type {
  Action,
  Client,
  Commitment,
  Disappointment,
  Feedback,
  IsoDate,
  Plan,
  ScoreSnapshot,
} from "../domain/plan";
import { newClient } from "../domain/plan";
import { defaultPlanYear } from "../taskpane/setup-model";

type ActionSeed = [
  action: string,
  level: Action["level"],
  owner: string,
  dueInDays: number | null,
  status: Action["status"],
];

function actions(today: IsoDate, seeds: readonly ActionSeed[]): Action[] {
  return seeds.map(([action, level, owner, dueInDays, status]) => ({
    action,
    level,
    purpose: null,
    person: "",
    owner,
    alsoInvolve: "",
    due: dueInDays === null ? null : addDays(today, dueInDays),
    status,
    doneDate: status === "done" ? addDays(today, -3) : null,
    confidential: false,
  }));
}

function disappointment(what: string, date: IsoDate, talkedThrough: boolean): Disappointment {
  return {
    what,
    date,
    responsibilityTaken: true,
    talkedThrough,
    status: "open",
    linkedAction: "",
    confidential: false,
  };
}

function clientMiss(commitment: string, date: IsoDate, kept: Commitment["kept"]): Commitment {
  return { date, commitment, party: "client", owner: "", due: date, kept, evidence: "", confidential: false };
}

function snapshot(date: IsoDate, period: string, knowledge: number, trust: number): ScoreSnapshot {
  return { date, period, knowledge, trust, note: "Revisión trimestral" };
}

function feedback(date: IsoDate, who: string, comment: string, rating: number): Feedback {
  return { date, channel: "Reunión", who, comment, rating, followUp: "", confidential: false };
}

/** The most filled-in example client: an overdue action, an open disappointment, two misses in a row. */
function alvarado(today: IsoDate): Partial<Client> {
  const ago = (days: number): IsoDate => addDays(today, -days);
  return {
    profile:
      "Distribuidor mayorista con 40 centros. Espera visibilidad del inventario en tiempo real y menos roturas de stock.",
    knowledgeEvidence: "Conocemos su plan logístico, no sus objetivos de margen.",
    trustEvidence: "Renovaron el contrato, pero el director financiero pide justificar cada factura.",
    actions: actions(today, [
      ["Entrevista con Marta Gil sobre sus objetivos de margen", 4, "Lucía Ortega", -12, "pending"],
      ["Desayuno de cierre de año con el comité de dirección", 3, "Lucía Ortega", 20, "pending"],
      ["Presentar el informe de impacto a Jorge Alvarado", 5, "Lucía Ortega", 45, "inProgress"],
      ["Revisar con ellos las roturas de stock del trimestre", 4, "Equipo de Operaciones", -40, "done"],
    ]),
    disappointments: [disappointment("Retraso de tres semanas en la integración del inventario", ago(50), false)],
    commitments: [
      clientMiss("Enviar los datos de ventas por centro", ago(80), "yes"),
      clientMiss("Validar el calendario de despliegue", ago(45), "no"),
      clientMiss("Nombrar un responsable de datos", ago(20), "no"),
    ],
    scoreHistory: [snapshot(ago(90), "Trimestre anterior", 6, 5)],
    feedback: [feedback(ago(30), "Marta Gil", "Valoran la rapidez, piden más proactividad.", 7)],
  };
}

/** What four of the example clients start with, by name. */
function details(today: IsoDate): Readonly<Record<string, Partial<Client>>> {
  const ago = (days: number): IsoDate => addDays(today, -days);
  return {
    "Grupo Alvarado Distribución": alvarado(today),
    "Banco Andino de Inversión": {
      profile: "Banco de inversión regional; quiere reducir el tiempo de alta de clientes.",
      actions: actions(today, [
        ["Explicar la nueva hoja de ruta al comité de riesgos", 5, "Diego Ramos", 15, "pending"],
        ["Corregir el informe de incidencias de marzo", 6, "Diego Ramos", 10, "pending"],
        ["Enviar el resumen ejecutivo mensual", 5, "Diego Ramos", 30, "pending"],
        ["Escuchar al equipo de operaciones en su sede", 4, "Diego Ramos", 60, "pending"],
      ]),
      disappointments: [disappointment("Caída del servicio durante el cierre trimestral", ago(70), true)],
      scoreHistory: [snapshot(ago(90), "Trimestre anterior", 5, 5)],
    },
    "Constructora Iberia Norte": {
      actions: actions(today, [
        ["Visita a obra con el jefe de proyecto", 3, "", 25, "pending"],
        ["Taller de lecciones aprendidas", 4, "Lucía Ortega", null, "pending"],
      ]),
      commitments: [clientMiss("Compartir el plan de obras del año", ago(30), "yes")],
      feedback: [feedback(ago(15), "Iñaki Etxeberria", "Muy satisfechos con la última entrega.", 9)],
    },
    "Telecomunicaciones del Pacífico": {
      actions: actions(today, [
        ["Reunión para dar: tres ideas sobre su red rural", 4, "Andrés Quiroga", -5, "inProgress"],
      ]),
    },
  };
}

/**
 * The example plan for `today` in `language`: every client of `clientsCsv` with a fresh id from
 * `randomBytes`, and the details above; year and target as Set up would suggest them.
 */
export function examplePlan(clientsCsv: string, today: IsoDate, randomBytes: (n: number) => Uint8Array): Plan {
  const parsed = parseClientsCsv(clientsCsv, { labels: CLIENT_LABELS });
  if (!parsed.ok || parsed.rejected.length > 0) throw new Error("examples/clientes.csv no longer imports cleanly");
  const extra = details(today);
  const ids = new Set<string>();
  const clients = parsed.accepted.map(({ line: _line, ...fields }) => {
    let id = newClientId(randomBytes);
    while (ids.has(id)) id = newClientId(randomBytes);
    ids.add(id);
    return { ...newClient({ ...fields, id }), ...(extra[fields.name] ?? {}) };
  });
  return { year: defaultPlanYear(today), targetScore: 9, language: "es", clients };
}
