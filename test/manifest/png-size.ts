/** Reads a PNG's pixel size from its IHDR chunk, without decoding the image. */

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height in pixels; throws when `bytes` is not a PNG (the signature and IHDR must come first). */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  // PNG layout: 8-byte signature, then the IHDR chunk: length (4), type "IHDR" (4), width (4), height (4).
  if (bytes.length < 24 || PNG_SIGNATURE.some((byte, i) => bytes[i] !== byte)) throw new Error("not a PNG file");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const type = String.fromCharCode(...bytes.subarray(12, 16));
  if (type !== "IHDR") throw new Error(`PNG's first chunk is ${type}, expected IHDR`);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
