/**
 * IAM-style wildcard matching (`*` = any run, `?` = exactly one UTF-16 code unit).
 *
 * No RegExp is ever built from policy text: a policy author must not be able to make the
 * engine backtrack exponentially. Everything is compiled once into a closure; the common case
 * (every `*` may match anything) runs a greedy left-to-right scan that is linear in practice.
 * Patterns whose stars must stop at a separator (Resource ARN segments) use a small
 * position-set simulation instead, which is O(value × pattern) in the worst case but never worse.
 */

/** One piece of a compiled pattern. `crossesSeparator: false` tokens refuse to match the separator. */
export type GlobToken =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'one'; readonly crossesSeparator: boolean }
  | { readonly kind: 'star'; readonly crossesSeparator: boolean };

/**
 * A pattern assembled from pieces. `literal: true` pieces are matched character for character
 * even if they contain `*` or `?` — that is how substituted policy-variable values stay literal
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html).
 */
export interface PatternPart {
  readonly text: string;
  readonly literal: boolean;
}

export interface WildcardOptions {
  readonly ignoreCase: boolean;
  /** A single character that non-crossing tokens may not match (`:` for ARN segments). */
  readonly separator?: string;
}

export type Matcher = (value: string) => boolean;

const ALWAYS: Matcher = () => true;

export function hasWildcard(s: string): boolean {
  return s.includes('*') || s.includes('?');
}

/** Tokenise a plain policy string: every `*` and `?` is a wildcard. */
export function parseWildcard(pattern: string): GlobToken[] {
  return tokensFromParts([{ text: pattern, literal: false }]);
}

export function tokensFromParts(parts: readonly PatternPart[]): GlobToken[] {
  const out: GlobToken[] = [];
  let text = '';
  const flush = (): void => {
    if (text !== '') out.push({ kind: 'text', text });
    text = '';
  };
  for (const part of parts) {
    if (part.literal) {
      text += part.text;
      continue;
    }
    // Text runs are sliced, not built a character at a time (which would leave a rope per pattern).
    let run = 0;
    for (let i = 0; i < part.text.length; i++) {
      const ch = part.text[i];
      if (ch !== '*' && ch !== '?') continue;
      text += part.text.slice(run, i);
      run = i + 1;
      flush();
      if (ch === '*') {
        // Consecutive stars are one star; collapsing keeps the scan linear.
        const prev = out[out.length - 1];
        if (prev?.kind !== 'star') out.push({ kind: 'star', crossesSeparator: true });
      } else {
        out.push({ kind: 'one', crossesSeparator: true });
      }
    }
    text += part.text.slice(run);
  }
  flush();
  return out;
}

export function compileWildcard(pattern: string, options: WildcardOptions): Matcher {
  if (pattern === '*') return ALWAYS;
  if (!hasWildcard(pattern)) {
    if (options.ignoreCase) {
      const lower = pattern.toLowerCase();
      return (v) => v.toLowerCase() === lower;
    }
    return (v) => v === pattern;
  }
  return compileGlob(parseWildcard(pattern), options);
}

export function compileWildcardParts(parts: readonly PatternPart[], options: WildcardOptions): Matcher {
  return compileGlob(tokensFromParts(parts), options);
}

/** A run of text between stars; `anyMask[i]` marks a `?` at position i (its char in `text` is a placeholder). */
interface Segment {
  readonly text: string;
  readonly anyMask: readonly boolean[] | null;
}

export function compileGlob(tokens: readonly GlobToken[], options: WildcardOptions): Matcher {
  const ic = options.ignoreCase;
  const norm = (t: GlobToken): GlobToken =>
    ic && t.kind === 'text' ? { kind: 'text', text: t.text.toLowerCase() } : t;
  const toks = tokens.map(norm);
  const sep = options.separator;
  const needsSeparatorAwareness =
    sep !== undefined && toks.some((t) => t.kind !== 'text' && !t.crossesSeparator);
  const match = needsSeparatorAwareness ? compileSimulation(toks, sep) : compileGreedy(toks);
  return ic ? (v) => match(v.toLowerCase()) : match;
}

function compileGreedy(tokens: readonly GlobToken[]): Matcher {
  const segments: Segment[] = [];
  let text = '';
  let mask: boolean[] | null = null;
  let starCount = 0;
  const endSegment = (): void => {
    segments.push({ text, anyMask: mask });
    text = '';
    mask = null;
  };
  for (const t of tokens) {
    if (t.kind === 'star') {
      endSegment();
      starCount++;
    } else if (t.kind === 'one') {
      mask ??= new Array<boolean>(text.length).fill(false);
      mask.push(true);
      text += '?';
    } else {
      if (mask) for (let i = 0; i < t.text.length; i++) mask.push(false);
      text += t.text;
    }
  }
  endSegment();

  const first = segments[0] ?? { text: '', anyMask: null };
  if (starCount === 0) {
    if (first.anyMask === null) {
      const lit = first.text;
      return (v) => v === lit;
    }
    return (v) => v.length === first.text.length && segmentAt(first, v, 0);
  }
  const last = segments[segments.length - 1] ?? { text: '', anyMask: null };
  const middles = segments.slice(1, -1).filter((s) => s.text.length > 0);
  const minLength = first.text.length + last.text.length + middles.reduce((n, s) => n + s.text.length, 0);
  if (minLength === 0) return ALWAYS;
  if (middles.length === 0 && last.text === '' && first.anyMask === null) {
    const prefix = first.text;
    return (v) => v.startsWith(prefix);
  }
  return (v) => {
    if (v.length < minLength) return false;
    const tailStart = v.length - last.text.length;
    // Check both anchors before scanning: cheap rejections first.
    if (!segmentAt(last, v, tailStart) || !segmentAt(first, v, 0)) return false;
    let pos = first.text.length;
    for (const seg of middles) {
      const found = findSegment(seg, v, pos, tailStart - seg.text.length);
      if (found < 0) return false;
      pos = found + seg.text.length;
    }
    return true;
  };
}

function segmentAt(seg: Segment, v: string, at: number): boolean {
  const mask = seg.anyMask;
  if (mask === null) return v.startsWith(seg.text, at);
  const t = seg.text;
  if (at < 0 || at + t.length > v.length) return false;
  for (let i = 0; i < t.length; i++) {
    if (!mask[i] && t.charCodeAt(i) !== v.charCodeAt(at + i)) return false;
  }
  return true;
}

/** Leftmost start in [from, lastStart] where `seg` matches, or -1. Leftmost is optimal because a star follows. */
function findSegment(seg: Segment, v: string, from: number, lastStart: number): number {
  if (seg.anyMask === null) {
    const i = v.indexOf(seg.text, from);
    return i >= 0 && i <= lastStart ? i : -1;
  }
  for (let i = from; i <= lastStart; i++) if (segmentAt(seg, v, i)) return i;
  return -1;
}

const OP_ONE_ANY = -1;
const OP_ONE_NOSEP = -2;
const OP_STAR_ANY = -3;
const OP_STAR_NOSEP = -4;

/** Position-set simulation over a char-level program; used only when some wildcard may not cross `sep`. */
function compileSimulation(tokens: readonly GlobToken[], sep: string): Matcher {
  const ops: number[] = [];
  for (const t of tokens) {
    if (t.kind === 'text') for (let i = 0; i < t.text.length; i++) ops.push(t.text.charCodeAt(i));
    else if (t.kind === 'one') ops.push(t.crossesSeparator ? OP_ONE_ANY : OP_ONE_NOSEP);
    else ops.push(t.crossesSeparator ? OP_STAR_ANY : OP_STAR_NOSEP);
  }
  const m = ops.length;
  const sepCode = sep.charCodeAt(0);
  const closure = (set: Uint8Array): void => {
    for (let j = 0; j < m; j++) {
      const op = ops[j] as number;
      if (set[j] && (op === OP_STAR_ANY || op === OP_STAR_NOSEP)) set[j + 1] = 1;
    }
  };
  return (v) => {
    let cur = new Uint8Array(m + 1);
    let next = new Uint8Array(m + 1);
    cur[0] = 1;
    closure(cur);
    for (let i = 0; i < v.length; i++) {
      const c = v.charCodeAt(i);
      next.fill(0);
      let alive = false;
      for (let j = 0; j < m; j++) {
        if (!cur[j]) continue;
        const op = ops[j] as number;
        if (op === OP_STAR_ANY || (op === OP_STAR_NOSEP && c !== sepCode)) {
          next[j] = 1;
          alive = true;
        } else if (op === c || op === OP_ONE_ANY || (op === OP_ONE_NOSEP && c !== sepCode)) {
          next[j + 1] = 1;
          alive = true;
        }
      }
      if (!alive) return false;
      closure(next);
      const swap = cur;
      cur = next;
      next = swap;
    }
    return cur[m] === 1;
  };
}
