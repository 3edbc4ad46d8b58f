/**
 * Captions of the per-client tables whose question names whom the plan is for (this client, my manager, my
 * peers, my team); the captions every direction shares are TABLE_CAPTIONS in workbook-text.ts.
 */
import type { DirectionalText } from "./direction-text";

/** Captions of the per-client tables whose question names whom the plan is for; the others are shared. */
export const TABLE_DIRECTION_CAPTIONS = {
  challenges: {
    client: {
      es: "Retos, problemas y oportunidades: ¿qué sabemos y lo hemos confirmado con ellos?",
      en: "Challenges, problems and opportunities: what do we know, and have they confirmed it?",
    },
    manager: {
      es: "Retos, problemas y oportunidades de mi manager: ¿qué sé y lo he confirmado con mi manager?",
      en: "My manager's challenges, problems and opportunities: what do I know, and have they confirmed it?",
    },
    peers: {
      es: "Retos, problemas y oportunidades de mis compañeros: ¿qué sé y lo he confirmado con ellos?",
      en: "My peers' challenges, problems and opportunities: what do I know, and have they confirmed it?",
    },
    team: {
      es: "Retos, problemas y oportunidades de mi equipo: ¿qué sé y lo he confirmado con el equipo?",
      en: "My team's challenges, problems and opportunities: what do I know, and has the team confirmed it?",
    },
  },
  expectations: {
    client: {
      es: "Expectativas: ¿qué esperan de nosotros y cómo lo cumplimos?",
      en: "Expectations: what do they expect from us, and how do we meet it?",
    },
    manager: {
      es: "Expectativas: ¿qué espera mi manager de mí y cómo lo cumplo?",
      en: "Expectations: what does my manager expect from me, and how do I meet it?",
    },
    peers: {
      es: "Expectativas: ¿qué esperan mis compañeros de mí y cómo lo cumplo?",
      en: "Expectations: what do my peers expect from me, and how do I meet it?",
    },
    team: {
      es: "Expectativas: ¿qué espera mi equipo de mí y cómo lo cumplo?",
      en: "Expectations: what does my team expect from me, and how do I meet it?",
    },
  },
  disappointments: {
    client: {
      es: "Decepciones: ¿asumimos la responsabilidad? ¿Lo hablamos con ellos?",
      en: "Disappointments: did we take responsibility? Did we talk it through with them?",
    },
    manager: {
      es: "Decepciones: ¿asumí la responsabilidad? ¿Lo hablé con mi manager?",
      en: "Disappointments: did I take responsibility? Did I talk it through with my manager?",
    },
    peers: {
      es: "Decepciones: ¿asumí la responsabilidad? ¿Lo hablé con mis compañeros?",
      en: "Disappointments: did I take responsibility? Did I talk it through with my peers?",
    },
    team: {
      es: "Decepciones: ¿asumí la responsabilidad? ¿Lo hablé con mi equipo?",
      en: "Disappointments: did I take responsibility? Did I talk it through with my team?",
    },
  },
  services: {
    client: {
      es: "Servicios: lo que ya prestamos y lo que podríamos prestar",
      en: "Services: what we provide today, and what we could",
    },
    manager: {
      es: "Servicios: lo que ya aporto y lo que podría aportar",
      en: "Services: what I provide today, and what I could",
    },
    peers: {
      es: "Servicios: lo que ya aporto y lo que podría aportar",
      en: "Services: what I provide today, and what I could",
    },
    team: {
      es: "Servicios: lo que ya aporto y lo que podría aportar",
      en: "Services: what I provide today, and what I could",
    },
  },
  indicators: {
    client: {
      es: "Indicadores de impacto: en nuestra empresa y en el cliente",
      en: "Impact indicators: on our company and on the client",
    },
    manager: {
      es: "Indicadores de impacto: en nuestra empresa y en mi manager",
      en: "Impact indicators: on our company and on my manager",
    },
    peers: {
      es: "Indicadores de impacto: en nuestra empresa y en mis compañeros",
      en: "Impact indicators: on our company and on my peers",
    },
    team: {
      es: "Indicadores de impacto: en nuestra empresa y en mi equipo",
      en: "Impact indicators: on our company and on my team",
    },
  },
  commitments: {
    client: {
      es: "Compromisos en los dos sentidos: los nuestros y los del cliente",
      en: "Commitments both ways: ours and the client's",
    },
    manager: {
      es: "Compromisos en los dos sentidos: los míos y los de mi manager",
      en: "Commitments both ways: mine and my manager's",
    },
    peers: {
      es: "Compromisos en los dos sentidos: los míos y los de mis compañeros",
      en: "Commitments both ways: mine and my peers'",
    },
    team: {
      es: "Compromisos en los dos sentidos: los míos y los de mi equipo",
      en: "Commitments both ways: mine and my team's",
    },
  },
  feedback: {
    client: { es: "Feedback del cliente: pídelo de forma continua", en: "Client feedback: ask for it continuously" },
    manager: {
      es: "Feedback de mi manager: pídelo de forma continua",
      en: "My manager's feedback: ask for it continuously",
    },
    peers: {
      es: "Feedback de mis compañeros: pídelo de forma continua",
      en: "My peers' feedback: ask for it continuously",
    },
    team: { es: "Feedback de mi equipo: pídelo de forma continua", en: "My team's feedback: ask for it continuously" },
  },
} as const satisfies Record<string, DirectionalText>;
