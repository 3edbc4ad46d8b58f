/**
 * The message catalogue mechanism: every user-visible sentence exists in Spanish and English, keyed by a
 * stable code. Areas keep their messages in src/i18n/messages/<area>.ts; src/i18n/messages/index.ts merges
 * them into the one catalogue the app uses.
 */
import type { PlanLanguage } from "../domain/plan";

/** One message in both languages; `{name}` marks a parameter. */
export interface Message {
  readonly es: string;
  readonly en: string;
}

/** A set of messages keyed by code. */
export type MessageSet = Readonly<Record<string, Message>>;

/** Parameters substituted into `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** Fills `{name}` placeholders; a placeholder without a parameter is left as is, so a gap is visible. */
export function fillMessage(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(params, key) ? String(params[key]) : whole,
  );
}

/** Looks up `code` in `messages` and fills it in `language`; misuse (an unknown code) throws. */
export function translate(
  messages: MessageSet,
  code: string,
  language: PlanLanguage,
  params?: MessageParams,
): string {
  const message = messages[code];
  if (message === undefined) throw new Error(`Unknown message code: ${code}`);
  return fillMessage(message[language], params);
}

/** The language to use for Office's display language tag: es* → Spanish, anything else → English. */
export function languageFromTag(tag: string | undefined): PlanLanguage {
  return tag !== undefined && /^es\b/i.test(tag.trim()) ? "es" : "en";
}
