/**
 * Client ids: 8 random characters of [a-z0-9], first a letter, so `vamAcciones_<id>` stays a valid
 * Excel name and two co-authors adding clients at the same moment do not collide (36^7·26 ≈ 2·10^12 ids).
 */
import type { ClientId } from "./plan";

/** Length of a client id, in characters. */
export const CLIENT_ID_LENGTH = 8;

const LETTERS = "abcdefghijklmnopqrstuvwxyz";
const ALPHABET = `${LETTERS}0123456789`;
const CLIENT_ID_SHAPE = /^[a-z][a-z0-9]{7}$/u;
/** A byte source that keeps giving only rejected bytes is broken, not unlucky (p < 10^-300). */
const MAX_DRAWS = 64;

/** Whether `text` is a client id: 8 characters of [a-z0-9], the first a letter. */
export function isClientId(text: string): text is ClientId {
  return CLIENT_ID_SHAPE.test(text);
}

/**
 * A new random client id. `randomBytes(n)` must return `n` uniformly random bytes (callers pass a
 * `crypto.getRandomValues` wrapper); bytes are drawn by rejection so every character is equally likely.
 */
export function newClientId(randomBytes: (n: number) => Uint8Array): ClientId {
  let id = "";
  for (let draw = 0; draw < MAX_DRAWS && id.length < CLIENT_ID_LENGTH; draw += 1) {
    const bytes = randomBytes(CLIENT_ID_LENGTH);
    if (bytes.length !== CLIENT_ID_LENGTH) throw new Error("randomBytes returned the wrong number of bytes");
    for (const byte of bytes) {
      const alphabet = id.length === 0 ? LETTERS : ALPHABET;
      // Only bytes below the largest multiple of the alphabet size map uniformly.
      const limit = 256 - (256 % alphabet.length);
      if (byte < limit && id.length < CLIENT_ID_LENGTH) id += alphabet[byte % alphabet.length];
    }
  }
  if (id.length < CLIENT_ID_LENGTH) throw new Error("randomBytes does not look random");
  return id;
}
