/** Messages of client import from CSV or pasted cells. */
import type { MessageSet } from "../catalogue";

/** Import messages, es/en. */
export const IMPORT_MESSAGES: MessageSet = {};
