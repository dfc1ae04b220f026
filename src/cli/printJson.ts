import type { CliIo } from './command';

/** Elements of a top-level array stringified at once: enough to amortise a call, few enough to stay small. */
const BATCH = 500;

/** Values `JSON.stringify` leaves out of an object, key and all. */
const omitted = (value: unknown) =>
  value === undefined || typeof value === 'function' || typeof value === 'symbol';

/**
 * `JSON.stringify(value, null, 2)` of a plain object, in pieces whose concatenation is exactly that
 * text: each top-level array is stringified a batch of elements at a time. A 30–60 MB answer is
 * then never one string. V8 also stores a whole string at two bytes a character once it holds one
 * character outside Latin-1 (the `·` of some explanations), which doubled its memory and slowed
 * its UTF-8 encoding on the way out; now only the batches holding one pay that.
 */
export function* jsonChunks(value: object): Generator<string> {
  let opened = false;
  for (const [key, item] of Object.entries(value) as [string, unknown][]) {
    if (omitted(item)) continue;
    const head = `${opened ? ',' : '{'}\n  ${JSON.stringify(key)}: `;
    opened = true;
    // Wrapped in one array (`[item]`) or two (`[[…batch]]`), a value comes out indented as it
    // would be one or two levels down; the wrapping's own characters are cut off.
    if (!Array.isArray(item) || item.length === 0) {
      yield head + JSON.stringify([item], null, 2).slice(4, -2);
      continue;
    }
    yield `${head}[\n`;
    for (let start = 0; start < item.length; start += BATCH) {
      if (start > 0) yield ',\n';
      // Yielded alone, the slice stays a view of the batch's text: joined to the comma, it was
      // copied once more to be written.
      yield JSON.stringify([item.slice(start, start + BATCH)], null, 2).slice(6, -6);
    }
    yield '\n  ]';
  }
  yield opened ? '\n}' : '{}';
}

/** Prints `value` as `JSON.stringify(value, null, 2)` and a newline, in pieces when `io` can write them. */
export function printJson(io: CliIo, value: object): void {
  if (!io.write) {
    io.stdout([...jsonChunks(value)].join(''));
    return;
  }
  for (const chunk of jsonChunks(value)) io.write(chunk);
  io.write('\n');
}
