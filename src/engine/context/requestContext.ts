/**
 * The request context: the condition keys and values AWS sees for one request.
 * Key names are case-insensitive, including tag keys inside `aws:RequestTag/K`, `aws:ResourceTag/K`
 * and `aws:PrincipalTag/K` (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html),
 * so keys are stored lower-cased.
 */
import type { ContextValue } from '../types';

export function normalizeKey(key: string): string {
  return key.toLowerCase();
}

interface Entry {
  readonly name: string;
  readonly values: readonly string[];
  readonly multi: boolean;
}

function toStr(v: string | number | boolean): string {
  return typeof v === 'string' ? v : String(v);
}

export class RequestContext {
  private readonly entries: ReadonlyMap<string, Entry>;

  constructor(values: Readonly<Record<string, ContextValue>> = {}) {
    const m = new Map<string, Entry>();
    for (const [name, raw] of Object.entries(values)) {
      const multi = Array.isArray(raw);
      const list: readonly string[] = Array.isArray(raw)
        ? (raw as readonly (string | number | boolean)[]).map(toStr)
        : [toStr(raw as string | number | boolean)];
      // Two spellings of one key: the later one wins, as an object literal would.
      m.set(normalizeKey(name), { name, values: list, multi });
    }
    this.entries = m;
  }

  static from(values: Readonly<Record<string, ContextValue>>): RequestContext {
    return new RequestContext(values);
  }

  /** A new context with `extra` layered over this one (extra wins, case-insensitively). */
  with(extra: Readonly<Record<string, ContextValue>>): RequestContext {
    const merged: Record<string, ContextValue> = {};
    for (const e of this.entries.values()) merged[e.name] = e.multi ? e.values : (e.values[0] ?? '');
    const lowerNames = new Map<string, string>();
    for (const name of Object.keys(merged)) lowerNames.set(normalizeKey(name), name);
    for (const [name, v] of Object.entries(extra)) {
      const old = lowerNames.get(normalizeKey(name));
      if (old !== undefined) delete merged[old];
      merged[name] = v;
    }
    return new RequestContext(merged);
  }

  get(key: string): readonly string[] | undefined {
    return this.entries.get(normalizeKey(key))?.values;
  }

  /** For hot paths: `normalizedKey` must come from `normalizeKey`. */
  getNormalized(normalizedKey: string): readonly string[] | undefined {
    return this.entries.get(normalizedKey)?.values;
  }

  has(key: string): boolean {
    return this.entries.has(normalizeKey(key));
  }

  /** A key given as an array is multivalued, whatever its length (AWS decides by request shape). */
  isMultiValued(key: string): boolean {
    return this.entries.get(normalizeKey(key))?.multi ?? false;
  }

  /**
   * The value a policy variable resolves to: only single-valued keys can be variables
   * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html).
   */
  variable(key: string): string | undefined {
    const e = this.entries.get(normalizeKey(key));
    return e && !e.multi ? e.values[0] : undefined;
  }

  /** Key names as first given, for display. */
  keys(): string[] {
    return [...this.entries.values()].map((e) => e.name);
  }

  toRecord(): Record<string, ContextValue> {
    const out: Record<string, ContextValue> = {};
    for (const e of this.entries.values()) out[e.name] = e.multi ? [...e.values] : (e.values[0] ?? '');
    return out;
  }
}

export {
  derivePrincipalContext,
  parsePrincipalArn,
  roleArnFor,
  type ParsedPrincipal,
  type PrincipalContextOptions,
  type PrincipalKind,
} from './principal';
