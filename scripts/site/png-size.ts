/*
 * The size a PNG declares, read from its IHDR chunk (PNG spec, 5.2 and 11.2.2), for tests that check an image
 * without decoding it.
 */
const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height of a PNG; throws when the bytes do not start like one. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  if (!SIGNATURE.every((byte, index) => bytes[index] === byte)) throw new Error('not a PNG: wrong signature');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The first chunk is IHDR: length (4 bytes), type (4), then width (4) and height (4), big-endian.
  const type = String.fromCharCode(...bytes.subarray(12, 16));
  if (type !== 'IHDR') throw new Error(`not a PNG: first chunk is ${JSON.stringify(type)}, not IHDR`);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
