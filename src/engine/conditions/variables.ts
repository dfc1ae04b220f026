/**
 * Policy variables (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html):
 * `${key}` and `${key, 'default'}`, key names case-insensitive, `${*}` `${?}` `${$}` standing for the
 * literal characters. Only Version 2012-10-17 policies use them — callers decide that; this module
 * only parses and substitutes.
 */
import type { PatternPart } from '../match/wildcard';

export type TemplatePart =
  /** Policy text as written: in a *Like / Arn / Resource pattern its `*` and `?` are wildcards. */
  | { readonly text: string }
  /** A character produced by `${*}`, `${?}` or `${$}`: never a wildcard. */
  | { readonly escaped: string }
  /** `key` is lower-cased; `default` is present only when the author wrote one. */
  | { readonly variable: string; readonly default?: string };

export type Template =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'parts'; readonly parts: readonly TemplatePart[]; readonly source: string };

/** Returns a single-valued key's value, or undefined when missing or multivalued. */
export type VariableLookup = (key: string) => string | undefined;

const SPECIAL: Readonly<Record<string, string>> = { '*': '*', '?': '?', $: '$' };

export function compileTemplate(s: string): Template {
  if (!s.includes('${')) return { kind: 'literal', text: s };
  const parts: TemplatePart[] = [];
  let text = '';
  let i = 0;
  while (i < s.length) {
    const start = s.indexOf('${', i);
    if (start < 0) {
      text += s.slice(i);
      break;
    }
    text += s.slice(i, start);
    const parsed = parseVariable(s, start + 2);
    if (!parsed) {
      // Not a well-formed variable: AWS keeps the characters, so do we.
      text += '${';
      i = start + 2;
      continue;
    }
    if (text !== '') parts.push({ text });
    text = '';
    parts.push(parsed.part);
    i = parsed.end;
  }
  if (text !== '') parts.push({ text });
  if (parts.every((p) => 'text' in p)) return { kind: 'literal', text: s };
  return { kind: 'parts', parts, source: s };
}

/** Parse from just after `${`; returns the part and the index after the closing `}`. */
function parseVariable(s: string, from: number): { part: TemplatePart; end: number } | undefined {
  let j = from;
  while (j < s.length && s[j] !== '}' && s[j] !== ',' && s[j] !== '$' && s[j] !== '{') j++;
  // `${$}` is the one key that is a `$`.
  if (s[from] === '$' && s[from + 1] === '}') return { part: { escaped: '$' }, end: from + 2 };
  if (j >= s.length || (s[j] !== '}' && s[j] !== ',')) return undefined;
  const key = s.slice(from, j).trim();
  if (key === '') return undefined;
  const special = SPECIAL[key];
  if (s[j] === '}') {
    if (special !== undefined) return { part: { escaped: special }, end: j + 1 };
    return { part: { variable: key.toLowerCase() }, end: j + 1 };
  }
  if (special !== undefined) return undefined;
  // `${key, 'default'}`: spaces around the comma are tolerated, the default is single-quoted.
  let k = j + 1;
  while (s[k] === ' ') k++;
  if (s[k] !== "'") return undefined;
  const close = s.indexOf("'", k + 1);
  if (close < 0) return undefined;
  let e = close + 1;
  while (s[e] === ' ') e++;
  if (s[e] !== '}') return undefined;
  return { part: { variable: key.toLowerCase(), default: s.slice(k + 1, close) }, end: e + 1 };
}

export function templateHasVariables(t: Template): boolean {
  return t.kind === 'parts';
}

/** The substituted string, or undefined when some variable has no value and no default. */
export function resolveTemplate(t: Template, lookup: VariableLookup): string | undefined {
  if (t.kind === 'literal') return t.text;
  let out = '';
  for (const p of t.parts) {
    if ('text' in p) out += p.text;
    else if ('escaped' in p) out += p.escaped;
    else {
      const v = lookup(p.variable) ?? p.default;
      if (v === undefined) return undefined;
      out += v;
    }
  }
  return out;
}

/**
 * The substituted pattern for wildcard matchers: policy text keeps its wildcards, while substituted
 * values and `${*}`-style escapes are marked literal. Undefined when a variable is unresolved.
 */
export function resolveTemplateParts(t: Template, lookup: VariableLookup): PatternPart[] | undefined {
  if (t.kind === 'literal') return [{ text: t.text, literal: false }];
  const out: PatternPart[] = [];
  for (const p of t.parts) {
    if ('text' in p) out.push({ text: p.text, literal: false });
    else if ('escaped' in p) out.push({ text: p.escaped, literal: true });
    else {
      const v = lookup(p.variable) ?? p.default;
      if (v === undefined) return undefined;
      // A default is part of the policy, but AWS documents it as a value: keep it literal too.
      out.push({ text: v, literal: true });
    }
  }
  return out;
}

/** Stable string form of resolved parts, usable as a cache key for compiled matchers. */
export function partsKey(parts: readonly PatternPart[]): string {
  return parts.map((p) => (p.literal ? 'L' : 'P') + String(p.text.length) + ':' + p.text).join('');
}
