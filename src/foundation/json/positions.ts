import type { Position, SourceRange } from '../types';

/** Maps 0-based UTF-16 offsets to 1-based line/column, counting \r\n, \n and a lone \r as one line break, as Monaco does. */
export type PositionAt = (offset: number) => Position;

export function createPositionLookup(text: string): PositionAt {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      lineStarts.push(i + 1);
    } else if (c === 10) {
      lineStarts.push(i + 1);
    }
  }
  // Parsers ask for offsets mostly in increasing order, so try the last answer's line first:
  // this keeps the whole parse linear instead of a binary search per node.
  let lastLine = 0;
  return (rawOffset: number): Position => {
    const offset = Math.max(0, Math.min(rawOffset, text.length));
    let line = lastLine;
    const start = lineStarts[line] ?? 0;
    const next = lineStarts[line + 1];
    if (!(offset >= start && (next === undefined || offset < next))) {
      let lo = 0;
      let hi = lineStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
        else hi = mid - 1;
      }
      line = lo;
    }
    lastLine = line;
    return { line: line + 1, column: offset - (lineStarts[line] ?? 0) + 1, offset };
  };
}

export function rangeOf(positionAt: PositionAt, start: number, end: number): SourceRange {
  return { start: positionAt(start), end: positionAt(end) };
}

/** A zero-width range at the start of the text, for problems that belong to no particular place. */
export function documentStartRange(): SourceRange {
  return { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
}
