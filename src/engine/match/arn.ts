/**
 * ARN parsing and the three ARN-ish pattern languages of IAM: the Resource element,
 * the ArnEquals/ArnLike condition operators, and the Action element.
 */
import {
  compileGlob,
  compileWildcard,
  hasWildcard,
  parseWildcard,
  type GlobToken,
  type Matcher,
  type PatternPart,
} from './wildcard';
import type { PolicyVersion } from '../types';
import {
  compileTemplate,
  partsKey,
  resolveTemplateParts,
  type VariableLookup,
} from '../conditions/variables';

export interface ParsedArn {
  readonly partition: string;
  readonly service: string;
  readonly region: string;
  readonly account: string;
  /** Everything after the fifth colon; may itself contain colons and slashes. */
  readonly resource: string;
}

/** Split `s` at its first five colons, or undefined when it has fewer. */
function splitSix(s: string): [string, string, string, string, string, string] | undefined {
  const cut: number[] = [];
  let from = 0;
  for (let k = 0; k < 5; k++) {
    const i = s.indexOf(':', from);
    if (i < 0) return undefined;
    cut.push(i);
    from = i + 1;
  }
  const [a, b, c, d, e] = cut as [number, number, number, number, number];
  return [
    s.slice(0, a),
    s.slice(a + 1, b),
    s.slice(b + 1, c),
    s.slice(c + 1, d),
    s.slice(d + 1, e),
    s.slice(e + 1),
  ];
}

export function parseArn(s: string): ParsedArn | undefined {
  const parts = splitSix(s);
  if (!parts || parts[0] !== 'arn') return undefined;
  const [, partition, service, region, account, resource] = parts;
  if (partition === '' || service === '') return undefined;
  return { partition, service, region, account, resource };
}

/** The account segment of an ARN (empty when it has none), without splitting the rest. */
export function arnAccount(s: string): string | undefined {
  if (!s.startsWith('arn:')) return undefined;
  const partitionEnd = s.indexOf(':', 4);
  const serviceEnd = partitionEnd < 0 ? -1 : s.indexOf(':', partitionEnd + 1);
  const regionEnd = serviceEnd < 0 ? -1 : s.indexOf(':', serviceEnd + 1);
  const accountEnd = regionEnd < 0 ? -1 : s.indexOf(':', regionEnd + 1);
  if (accountEnd < 0 || partitionEnd === 4 || serviceEnd === partitionEnd + 1) return undefined;
  return s.slice(regionEnd + 1, accountEnd);
}

const ALWAYS: Matcher = () => true;
const NEVER: Matcher = () => false;

/**
 * Resource / NotResource matching
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html#reference_policies_elements_resource_wildcards):
 * - `*` alone matches every resource;
 * - in the first five segments `*` and `?` stay inside their segment, EXCEPT a `*` that is the last
 *   character of a segment, which "can expand to match beyond the colon boundaries";
 * - in the resource part (after the fifth colon) `*` crosses `/` and `:` and `?` matches any character.
 * Case-sensitive throughout (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html).
 * Accepts pattern parts so that substituted policy-variable values are matched literally.
 */
export function compileResourcePattern(pattern: string | readonly PatternPart[]): Matcher {
  const parts: readonly PatternPart[] =
    typeof pattern === 'string' ? [{ text: pattern, literal: false }] : pattern;
  if (parts.length === 1 && parts[0]?.text === '*' && !parts[0].literal) return ALWAYS;
  const tokens: GlobToken[] = [];
  let colons = 0;
  let text = '';
  const flush = (): void => {
    if (text !== '') tokens.push({ kind: 'text', text });
    text = '';
  };
  let anyWildcard = false;
  // Runs of text are appended as slices, not character by character: a string built one character
  // at a time is a rope of one node per character, kept that way in every compiled policy until it
  // is first matched (about 1 KB per resource entry).
  parts.forEach((part, partIndex) => {
    let run = 0;
    for (let i = 0; i < part.text.length; i++) {
      const ch = part.text[i] as string;
      if (part.literal || (ch !== '*' && ch !== '?')) {
        if (ch === ':') colons++;
        continue;
      }
      text += part.text.slice(run, i);
      run = i + 1;
      anyWildcard = true;
      flush();
      const inResourcePart = colons >= 5;
      if (ch === '?') {
        tokens.push({ kind: 'one', crossesSeparator: inResourcePart });
      } else {
        const next = nextChar(parts, partIndex, i);
        const lastOfSegment = next === undefined || next === ':';
        tokens.push({ kind: 'star', crossesSeparator: inResourcePart || lastOfSegment });
      }
    }
    text += part.text.slice(run);
  });
  flush();
  if (!anyWildcard) {
    const literal = tokens.map((t) => (t.kind === 'text' ? t.text : '')).join('');
    return (v) => v === literal;
  }
  return compileGlob(tokens, { ignoreCase: false, separator: ':' });
}

/** The character after position i of part partIndex, looking into later parts; undefined at the end. */
function nextChar(parts: readonly PatternPart[], partIndex: number, i: number): string | undefined {
  const here = parts[partIndex];
  if (here && i + 1 < here.text.length) return here.text[i + 1];
  for (let p = partIndex + 1; p < parts.length; p++) {
    const t = parts[p]?.text ?? '';
    if (t.length > 0) return t[0];
  }
  return undefined;
}

/**
 * ArnEquals / ArnLike / ArnNotEquals / ArnNotLike policy values
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_ARN):
 * "Each of the six colon-delimited components of the ARN is checked separately", case-sensitive,
 * each with `*`/`?`. The sixth component is everything after the fifth colon (the resource may hold
 * colons), so there a `*` may match a colon. A pattern or value with fewer than six components
 * never matches — even `*` [inferred; the docs give no example of a short pattern].
 */
export function compileArnConditionPattern(pattern: string | readonly PatternPart[]): Matcher {
  const parts: readonly PatternPart[] =
    typeof pattern === 'string' ? [{ text: pattern, literal: false }] : pattern;
  const segments = splitPartsSix(parts);
  if (!segments) return NEVER;
  if (segments.every((seg) => seg.every((p) => p.literal || !hasWildcard(p.text)))) {
    const literal = parts.map((p) => p.text).join('');
    return (v) => v === literal;
  }
  const matchers = segments.map((seg) => {
    const toks = seg.flatMap((p): GlobToken[] =>
      p.literal ? (p.text === '' ? [] : [{ kind: 'text', text: p.text }]) : parseWildcard(p.text),
    );
    return compileGlob(toks, { ignoreCase: false });
  });
  return (v) => {
    const vs = splitSix(v);
    if (!vs) return false;
    for (let k = 0; k < 6; k++) if (!(matchers[k] as Matcher)(vs[k] as string)) return false;
    return true;
  };
}

/** Split pattern parts into six segments at the first five colons (literal colons count too). */
function splitPartsSix(parts: readonly PatternPart[]): PatternPart[][] | undefined {
  const segs: PatternPart[][] = [[]];
  for (const p of parts) {
    let rest = p.text;
    while (segs.length < 6) {
      const i = rest.indexOf(':');
      if (i < 0) break;
      (segs[segs.length - 1] as PatternPart[]).push({ text: rest.slice(0, i), literal: p.literal });
      segs.push([]);
      rest = rest.slice(i + 1);
    }
    (segs[segs.length - 1] as PatternPart[]).push({ text: rest, literal: p.literal });
  }
  return segs.length === 6 ? segs : undefined;
}

/**
 * Action / NotAction (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html):
 * prefix and name are case-insensitive, `*` and `?` may appear anywhere, `*` alone is every action.
 * The whole `service:name` string is one wildcard pattern; a `*` before the colon may therefore span it
 * (`s3*` matches `s3:GetObject`) — AWS rejects such policies on save, so the choice is moot in practice.
 */
export function compileActionPattern(pattern: string): Matcher {
  return compileWildcard(pattern, { ignoreCase: true });
}

/**
 * The same match for an action already lower-cased: the engine lowers a request's action once, not
 * once per pattern it is tested against.
 */
export function compileLowerActionPattern(pattern: string): Matcher {
  return compileWildcard(pattern.toLowerCase(), { ignoreCase: false });
}

export interface CompiledResource {
  /** The Resource entry as written. */
  readonly pattern: string;
  readonly hasVariables: boolean;
  /** `lookup` resolves single-valued context keys; an unresolved variable makes the entry match nothing. */
  matches(value: string, lookup: VariableLookup): boolean;
}

const RESOURCE_CACHE_LIMIT = 64;

/**
 * A Resource / NotResource entry with policy variables (Version 2012-10-17 only). Variables are
 * substituted only in the resource part, after the fifth colon
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html); a `${…}` in the
 * first five segments is left as literal text [inferred: AWS documents it as not allowed there].
 */
export function compileResourceElement(
  pattern: string,
  version: PolicyVersion | undefined,
): CompiledResource {
  const six = version === '2012-10-17' ? splitSix(pattern) : undefined;
  const resourceStart = six ? pattern.length - six[5].length : -1;
  const template = six ? compileTemplate(pattern.slice(resourceStart)) : undefined;
  if (!template || template.kind === 'literal') {
    const m = compileResourcePattern(pattern);
    return { pattern, hasVariables: false, matches: (v) => m(v) };
  }
  const prefix: PatternPart = { text: pattern.slice(0, resourceStart), literal: false };
  const cache = new Map<string, Matcher>();
  return {
    pattern,
    hasVariables: true,
    matches(value, lookup) {
      const parts = resolveTemplateParts(template, lookup);
      if (!parts) return false;
      const all = [prefix, ...parts];
      const key = partsKey(all);
      let m = cache.get(key);
      if (!m) {
        if (cache.size >= RESOURCE_CACHE_LIMIT) cache.clear();
        m = compileResourcePattern(all);
        cache.set(key, m);
      }
      return m(value);
    },
  };
}
