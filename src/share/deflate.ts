/**
 * deflate-raw with fflate (MIT): synchronous, the same in the page, the worker and Node. Inflating
 * feeds the input in small pieces and stops as soon as the output passes `limit` bytes, so a
 * decompression bomb costs nothing (deflate expands at most ~1032x, so one piece yields ≤ ~1 MB).
 */
import { deflateSync, Inflate } from 'fflate';

const PIECE = 1024;

export function deflateRaw(bytes: Uint8Array): Uint8Array {
  return deflateSync(bytes, { level: 9 });
}

class TooLarge extends Error {}

/** The inflated bytes, 'too-large' past `limit`, or 'corrupt' when the data is not deflate-raw. */
export function inflateRaw(bytes: Uint8Array, limit: number): Uint8Array | 'too-large' | 'corrupt' {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    size += chunk.length;
    if (size > limit) throw new TooLarge();
    chunks.push(chunk);
    if (final) finished = true;
  });
  try {
    for (let i = 0; i < bytes.length; i += PIECE) {
      const end = Math.min(i + PIECE, bytes.length);
      inflater.push(bytes.subarray(i, end), end === bytes.length);
    }
    if (bytes.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    return error instanceof TooLarge ? 'too-large' : 'corrupt';
  }
  if (!finished) return 'corrupt';
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
