/**
 * The words of a client's sheets that name whom the plan is for (DESIGN §1: the four directions). A plan
 * for my manager, my peers or my team uses the same Ver / Ajustar / Medir sheets as a client's, with
 * prompts, captions and validation messages that say "mi manager", "mis compañeros", "mi equipo".
 * Table headers and list labels stay the same in every direction: readers find columns by them.
 */
import type { Direction } from "../domain/plan";
import type { Bilingual } from "./workbook-text";

/** One text in both languages for each direction. */
export type DirectionalText = Readonly<Record<Direction, Bilingual>>;

/** Texts of the Ver sheet that depend on the direction. */
export const VER_DIRECTION_TEXT = {
  prompt: {
    client: {
      es: "Descubre y escucha con humildad lo que necesita este cliente: qué sabes de sus retos, cuánto confía en ti y qué le ha decepcionado.",
      en: "Discover and listen, with humility, to what this client needs: what you know of their challenges, how much they trust you, what disappointed them.",
    },
    manager: {
      es: "Descubre y escucha con humildad lo que necesita tu manager: qué sabes de sus retos, cuánto confía en ti y qué le ha decepcionado.",
      en: "Discover and listen, with humility, to what your manager needs: what you know of their challenges, how much they trust you, what disappointed them.",
    },
    peers: {
      es: "Descubre y escucha con humildad lo que necesitan tus compañeros: qué sabes de sus retos, cuánto confían en ti y qué les ha decepcionado.",
      en: "Discover and listen, with humility, to what your peers need: what you know of their challenges, how much they trust you, what disappointed them.",
    },
    team: {
      es: "Descubre y escucha con humildad lo que necesita tu equipo: qué sabes de sus retos, cuánto confía en ti y qué le ha decepcionado.",
      en: "Discover and listen, with humility, to what your team needs: what you know of their challenges, how much they trust you, what disappointed them.",
    },
  },
  identityCaption: {
    client: { es: "Ficha del cliente", en: "Client card" },
    manager: { es: "Ficha de mi manager", en: "My manager" },
    peers: { es: "Ficha de mis compañeros", en: "My peers" },
    team: { es: "Ficha de mi equipo", en: "My team" },
  },
  profile: {
    client: { es: "¿Quién es y qué espera de nosotros?", en: "Who are they, and what do they expect from us?" },
    manager: {
      es: "¿Quién es mi manager y qué espera de mí?",
      en: "Who is my manager, and what do they expect from me?",
    },
    peers: {
      es: "¿Quiénes son mis compañeros y qué esperan de mí?",
      en: "Who are my peers, and what do they expect from me?",
    },
    team: {
      es: "¿Quién forma mi equipo y qué espera de mí?",
      en: "Who is on my team, and what do they expect from me?",
    },
  },
  knowledge: {
    client: {
      es: "Conocimiento: ¿cuánto sé de sus retos, problemas y oportunidades?",
      en: "Knowledge: how much do I know of their challenges, problems and opportunities?",
    },
    manager: {
      es: "Conocimiento: ¿cuánto sé de los retos, problemas y oportunidades de mi manager?",
      en: "Knowledge: how much do I know of my manager's challenges, problems and opportunities?",
    },
    peers: {
      es: "Conocimiento: ¿cuánto sé de los retos, problemas y oportunidades de mis compañeros?",
      en: "Knowledge: how much do I know of my peers' challenges, problems and opportunities?",
    },
    team: {
      es: "Conocimiento: ¿cuánto sé de los retos, problemas y oportunidades de mi equipo?",
      en: "Knowledge: how much do I know of my team's challenges, problems and opportunities?",
    },
  },
  trust: {
    client: {
      es: "Confianza: ¿cuánto confían en mí y en mi organización?",
      en: "Trust: how much do they trust me and my organisation?",
    },
    manager: { es: "Confianza: ¿cuánto confía mi manager en mí?", en: "Trust: how much does my manager trust me?" },
    peers: { es: "Confianza: ¿cuánto confían en mí mis compañeros?", en: "Trust: how much do my peers trust me?" },
    team: { es: "Confianza: ¿cuánto confía en mí mi equipo?", en: "Trust: how much does my team trust me?" },
  },
} as const satisfies Record<string, DirectionalText>;

const NOT_SCORED_ES = "Un número entero de 0 a 10; déjalo vacío si aún no has puntuado.";
const NOT_SCORED_EN = "A whole number from 0 to 10; leave it empty if not scored yet.";

/** Input messages of the knowledge and trust cells on Ver (Excel's limit: 255 characters). */
export const SCORE_PROMPT_TEXT = {
  knowledge: {
    client: {
      es: `¿Cuánto sabes de los retos, problemas y oportunidades de este cliente? ${NOT_SCORED_ES}`,
      en: `How much do you know of this client's challenges, problems and opportunities? ${NOT_SCORED_EN}`,
    },
    manager: {
      es: `¿Cuánto sabes de los retos, problemas y oportunidades de tu manager? ${NOT_SCORED_ES}`,
      en: `How much do you know of your manager's challenges, problems and opportunities? ${NOT_SCORED_EN}`,
    },
    peers: {
      es: `¿Cuánto sabes de los retos, problemas y oportunidades de tus compañeros? ${NOT_SCORED_ES}`,
      en: `How much do you know of your peers' challenges, problems and opportunities? ${NOT_SCORED_EN}`,
    },
    team: {
      es: `¿Cuánto sabes de los retos, problemas y oportunidades de tu equipo? ${NOT_SCORED_ES}`,
      en: `How much do you know of your team's challenges, problems and opportunities? ${NOT_SCORED_EN}`,
    },
  },
  trust: {
    client: {
      es: `¿Cuánto confía este cliente en ti y en tu organización? ${NOT_SCORED_ES}`,
      en: `How much does this client trust you and your organisation? ${NOT_SCORED_EN}`,
    },
    manager: {
      es: `¿Cuánto confía en ti tu manager? ${NOT_SCORED_ES}`,
      en: `How much does your manager trust you? ${NOT_SCORED_EN}`,
    },
    peers: {
      es: `¿Cuánto confían en ti tus compañeros? ${NOT_SCORED_ES}`,
      en: `How much do your peers trust you? ${NOT_SCORED_EN}`,
    },
    team: {
      es: `¿Cuánto confía en ti tu equipo? ${NOT_SCORED_ES}`,
      en: `How much does your team trust you? ${NOT_SCORED_EN}`,
    },
  },
} as const satisfies Record<string, DirectionalText>;

/** The Ajustar sheet's prompt. */
export const AJUSTAR_PROMPT: DirectionalText = {
  client: {
    es: "Planifica con la Pirámide de Influencia: cómo ganar su confianza, con quién relacionarte y qué escuchar y aprender para llegar a 9 o 10.",
    en: "Plan with the Influence Pyramid: how to earn their trust, whom to build relationships with, what to listen to and learn to reach 9 or 10.",
  },
  manager: {
    es: "Planifica con la Pirámide de Influencia: cómo ganar la confianza de tu manager, con quién relacionarte y qué escuchar y aprender para llegar a 9 o 10.",
    en: "Plan with the Influence Pyramid: how to earn your manager's trust, whom to build relationships with, what to listen to and learn to reach 9 or 10.",
  },
  peers: {
    es: "Planifica con la Pirámide de Influencia: cómo ganar la confianza de tus compañeros, con quién relacionarte y qué escuchar y aprender para llegar a 9 o 10.",
    en: "Plan with the Influence Pyramid: how to earn your peers' trust, whom to build relationships with, what to listen to and learn to reach 9 or 10.",
  },
  team: {
    es: "Planifica con la Pirámide de Influencia: cómo ganar la confianza de tu equipo, con quién relacionarte y qué escuchar y aprender para llegar a 9 o 10.",
    en: "Plan with the Influence Pyramid: how to earn your team's trust, whom to build relationships with, what to listen to and learn to reach 9 or 10.",
  },
};

/** Texts of the Medir sheet that depend on the direction. */
export const MEDIR_DIRECTION_TEXT = {
  prompt: {
    client: {
      es: "Sigue el progreso, mide el impacto en el cliente y en nuestra empresa, y pide su opinión de forma continua.",
      en: "Follow progress, measure the impact on the client and on our company, and ask for their feedback continuously.",
    },
    manager: {
      es: "Sigue el progreso, mide el impacto en tu manager y en nuestra empresa, y pídele su opinión de forma continua.",
      en: "Follow progress, measure the impact on your manager and on our company, and ask for their feedback continuously.",
    },
    peers: {
      es: "Sigue el progreso, mide el impacto en tus compañeros y en nuestra empresa, y pídeles su opinión de forma continua.",
      en: "Follow progress, measure the impact on your peers and on our company, and ask for their feedback continuously.",
    },
    team: {
      es: "Sigue el progreso, mide el impacto en tu equipo y en nuestra empresa, y pídele su opinión de forma continua.",
      en: "Follow progress, measure the impact on your team and on our company, and ask for their feedback continuously.",
    },
  },
  clientMisses: {
    client: { es: "Incumplimientos seguidos del cliente", en: "Client misses in a row" },
    manager: { es: "Incumplimientos seguidos de mi manager", en: "My manager's misses in a row" },
    peers: { es: "Incumplimientos seguidos de mis compañeros", en: "My peers' misses in a row" },
    team: { es: "Incumplimientos seguidos de mi equipo", en: "My team's misses in a row" },
  },
  streakRed: {
    client: {
      es: "⚠ 3 o más incumplimientos seguidos del cliente: revisad el acuerdo de trabajo.",
      en: "⚠ The client missed 3+ commitments in a row: review the working agreement.",
    },
    manager: {
      es: "⚠ 3 o más incumplimientos seguidos de mi manager: revisad el acuerdo de trabajo.",
      en: "⚠ My manager missed 3+ commitments in a row: review the working agreement.",
    },
    peers: {
      es: "⚠ 3 o más incumplimientos seguidos de mis compañeros: revisad el acuerdo de trabajo.",
      en: "⚠ My peers missed 3+ commitments in a row: review the working agreement.",
    },
    team: {
      es: "⚠ 3 o más incumplimientos seguidos de mi equipo: revisad el acuerdo de trabajo.",
      en: "⚠ My team missed 3+ commitments in a row: review the working agreement.",
    },
  },
  streakAmber: {
    client: {
      es: "2 incumplimientos seguidos del cliente: volved al acuerdo de trabajo.",
      en: "The client missed 2 commitments in a row: go back to the working agreement.",
    },
    manager: {
      es: "2 incumplimientos seguidos de mi manager: volved al acuerdo de trabajo.",
      en: "My manager missed 2 commitments in a row: go back to the working agreement.",
    },
    peers: {
      es: "2 incumplimientos seguidos de mis compañeros: volved al acuerdo de trabajo.",
      en: "My peers missed 2 commitments in a row: go back to the working agreement.",
    },
    team: {
      es: "2 incumplimientos seguidos de mi equipo: volved al acuerdo de trabajo.",
      en: "My team missed 2 commitments in a row: go back to the working agreement.",
    },
  },
} as const satisfies Record<string, DirectionalText>;
