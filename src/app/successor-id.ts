/**
 * The id a client gets in the next plan year of an in-place Nuevo año. It is derived from the client's id and
 * the new year rather than drawn at random, so a retry after a failed sync finds the clients the failed run
 * began to build and finishes them instead of starting others (and two co-authors closing the same year at
 * once build the same clients). It has the shape of a random id (client-id.ts): it is drawn by newClientId
 * from a byte stream seeded with the pair, so it is as unlikely to meet another client's id (about n² in
 * 2·10^12 for n clients).
 */
import { newClientId } from "../domain/client-id";
import type { ClientId } from "../domain/plan";

/** FNV-1a, 32 bits: a seed from the text (not a security measure; the ids only need to spread). */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** A deterministic byte stream (mulberry32) from a 32-bit seed, in the shape newClientId takes. */
function seededBytes(seed: number): (n: number) => Uint8Array {
  let state = seed >>> 0;
  return (n) =>
    Uint8Array.from({ length: n }, () => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 24) & 0xff;
    });
}

/** The id client `id` gets in plan year `year` (always the same for the same pair, never `id` itself). */
export function successorId(id: ClientId, year: number): ClientId {
  for (let salt = 0; ; salt += 1) {
    const next = newClientId(seededBytes(fnv1a(`${id}>${year}#${salt}`)));
    // Equal ids would make the new year's names collide with last year's; one more draw settles it.
    if (next !== id) return next;
  }
}
