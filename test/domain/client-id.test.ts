import { randomBytes as nodeRandomBytes } from "node:crypto";
import { CLIENT_ID_LENGTH, isClientId, newClientId } from "../../src/domain/client-id";

/** A byte source that plays back `bytes` in order, wrapping around. */
function scripted(bytes: readonly number[]): (n: number) => Uint8Array {
  let next = 0;
  return (n) => Uint8Array.from({ length: n }, () => bytes[next++ % bytes.length] as number);
}

const cryptoBytes = (n: number): Uint8Array => new Uint8Array(nodeRandomBytes(n));

describe("isClientId", () => {
  it.each([
    ["k3x9q2ab", true],
    ["abcdefgh", true],
    ["a1234567", true],
    ["1abcdefg", false],
    ["K3X9Q2AB", false],
    ["k3x9q2a", false],
    ["k3x9q2abc", false],
    ["k3x9-2ab", false],
    ["", false],
    ["ñ3x9q2ab", false],
  ])("given %j, answers %s", (text, expected) => {
    expect(isClientId(text)).toBe(expected);
  });
});

describe("newClientId", () => {
  it("given bytes 0..7, maps them onto the alphabet in order", () => {
    expect(newClientId(scripted([0, 1, 2, 3, 4, 5, 6, 7]))).toBe("abcdefgh");
  });

  it("given bytes that land on digits, uses digits after the first character only", () => {
    expect(newClientId(scripted([26, 26, 27, 35, 35, 35, 35, 35]))).toBe("a0199999");
  });

  it("given bytes above the last uniform multiple, skips them (no modulo bias)", () => {
    // 234 = 9·26 is rejected for the first letter, 252 = 7·36 for the rest.
    expect(newClientId(scripted([234, 255, 1, 252, 253, 2, 3, 4, 5, 6, 7, 8]))).toBe("bcdefghi");
  });

  it("given a byte source that only gives rejected bytes, throws instead of looping", () => {
    expect(() => newClientId(scripted([255]))).toThrow();
  });

  it("given a byte source that returns too few bytes, throws", () => {
    expect(() => newClientId(() => new Uint8Array(3))).toThrow();
  });

  it("given real random bytes, gives valid ids, all distinct over 10,000 draws", () => {
    const ids = Array.from({ length: 10000 }, () => newClientId(cryptoBytes));
    expect(ids.every(isClientId)).toBe(true);
    expect(ids.every((id) => id.length === CLIENT_ID_LENGTH)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("given each accepted byte value once after the first letter, uses every character exactly 7 times", () => {
    // 252 accepted values (0..251), 7 per id after its fixed first letter: 36 ids, 7 of each of 36 characters.
    let next = 0;
    const source = (n: number): Uint8Array => Uint8Array.from({ length: n }, (_, i) => (i === 0 ? 0 : next++));
    const counts = new Map<string, number>();
    for (let i = 0; i < 36; i += 1) {
      for (const ch of newClientId(source).slice(1)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    }
    expect(counts.size).toBe(36);
    expect(new Set(counts.values())).toEqual(new Set([7]));
  });
});
