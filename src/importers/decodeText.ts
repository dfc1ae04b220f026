/**
 * The text of an exported file from its bytes, in the encoding its byte-order mark names: UTF-8
 * (with or without a BOM), UTF-16LE or UTF-16BE. Windows PowerShell 5.1 writes `aws … > file.json`
 * as UTF-16LE with a BOM; a browser's `File.text()` and Node's `readFileSync(path, 'utf8')` would
 * read that as noise. The BOM itself is dropped (RFC 8259 §8.1 lets a JSON reader ignore it).
 */

/**
 * The Encoding Standard's decoder, which browsers, their workers and Node all have (this project's
 * pure code is compiled without the platform libraries, so it is declared here).
 * https://encoding.spec.whatwg.org/#interface-textdecoder
 */
declare const TextDecoder: new () => { decode(bytes: Uint8Array): string };

/**
 * Invalid sequences become U+FFFD. fflate's strFromU8 calls a TextDecoder too, but one it first
 * tried in streaming mode, which in Node 20 leaves it off its fast path: a 16 MB file took about
 * four times as long.
 */
const utf8 = new TextDecoder();

/** String.fromCharCode takes its code units as arguments: this many at a time stays far from stack limits. */
const CHUNK = 8192;

function utf16(bytes: Uint8Array, littleEndian: boolean): string {
  const units = new Uint16Array(Math.floor((bytes.length - 2) / 2));
  for (let i = 0; i < units.length; i++) {
    const a = bytes[2 + 2 * i] as number;
    const b = bytes[3 + 2 * i] as number;
    units[i] = littleEndian ? a | (b << 8) : (a << 8) | b;
  }
  let text = '';
  for (let i = 0; i < units.length; i += CHUNK)
    text += String.fromCharCode(...units.subarray(i, Math.min(i + CHUNK, units.length)));
  return text;
}

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, false);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return utf8.decode(bom ? bytes.subarray(3) : bytes);
}
