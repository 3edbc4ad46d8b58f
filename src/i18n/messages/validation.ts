/** Messages of plan and client validation (src/domain/validation.ts). */
import type { MessageSet } from "../catalogue";

/** Validation messages, es/en. */
export const VALIDATION_MESSAGES: MessageSet = {};
