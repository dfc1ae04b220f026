/**
 * The request context: the condition keys and values AWS sees for one request.
 * Key names are case-insensitive, including tag keys inside `aws:RequestTag/K`, `aws:ResourceTag/K`
 * and `aws:PrincipalTag/K` (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html),
 * so keys are stored lower-cased.
 */
import type { ContextValue } from '../types';

/**
 * Lower-cased keys, remembered: the same few dozen key names come with every request, and lowering
 * each one anew was a string allocation per key per request.
 */
const lowered = new Map<string, string>();
const LOWERED_LIMIT = 10_000;

export function normalizeKey(key: string): string {
  let lower = lowered.get(key);
  if (lower === undefined) {
    lower = key.toLowerCase();
    if (lowered.size >= LOWERED_LIMIT) lowered.clear();
    lowered.set(key, lower);
  }
  return lower;
}

interface Entry {
  readonly name: string;
  readonly values: readonly string[];
  readonly multi: boolean;
}

function toStr(v: string | number | boolean): string {
  return typeof v === 'string' ? v : String(v);
}

/** The values as strings; a list that holds only strings already is kept as it is (never mutated). */
function strings(raw: readonly (string | number | boolean)[]): readonly string[] {
  for (const v of raw) if (typeof v !== 'string') return raw.map(toStr);
  return raw as readonly string[];
}

/** Up to this many keys, a linear scan beats building and hashing into a Map. */
const SMALL = 16;

function entryOf(name: string, raw: ContextValue): Entry {
  const multi = Array.isArray(raw);
  return {
    name,
    values: multi ? strings(raw as readonly (string | number | boolean)[]) : [toStr(raw as string)],
    multi,
  };
}

/**
 * Entries of callers' contexts, shared by name and value: the trust graph keeps one context per
 * caller (tens of thousands at 100k roles), and most of their keys repeat (the account, the principal
 * type, the organization). Entries are never mutated, so one serves every context that has it. Lists
 * are not shared: a list matched by identity could have been changed in place since. The cache is
 * bounded: values only one caller has (its ARN) fill it, and it starts over when full.
 */
const sharedEntries = new Map<string, Map<string | number | boolean, Entry>>();
let sharedCount = 0;
const SHARED_LIMIT = 20_000;

function sharedEntry(name: string, raw: string | number | boolean): Entry {
  let byValue = sharedEntries.get(name);
  if (!byValue) sharedEntries.set(name, (byValue = new Map<string | number | boolean, Entry>()));
  let entry = byValue.get(raw);
  if (!entry) {
    if (sharedCount >= SHARED_LIMIT) {
      sharedEntries.clear();
      sharedEntries.set(name, byValue);
      byValue.clear();
      sharedCount = 0;
    }
    byValue.set(raw, (entry = entryOf(name, raw)));
    sharedCount++;
  }
  return entry;
}

/** Whether a lower-cased name is given twice (two spellings of one key). */
function hasRepeats(names: readonly string[]): boolean {
  if (names.length > SMALL) return new Set(names).size !== names.length;
  for (let i = 1; i < names.length; i++) if (names.lastIndexOf(names[i] as string, i - 1) >= 0) return true;
  return false;
}

export class RequestContext {
  /** Lower-cased names, parallel to `list`; `map` indexes them when there are more than SMALL. */
  private readonly names: string[];
  private readonly list: Entry[];
  private readonly map: Map<string, Entry> | undefined;

  /**
   * `base` holds the keys this context layers over: the trust graph evaluates one caller's derived
   * keys against thousands of requests, each adding a few keys of its own, so a request's context
   * keeps only its own keys and looks the rest up in the caller's.
   */
  constructor(
    values: Readonly<Record<string, ContextValue>> = {},
    private readonly base?: RequestContext,
  ) {
    // Lists of the exact length: grown by push, each had room for 17 keys.
    const given = Object.keys(values);
    this.names = given.map(normalizeKey);
    // A layer over a caller's keys lives for one request; a caller's own keys live with the caller.
    this.list = given.map((name) => {
      const raw = values[name] as ContextValue;
      return base || typeof raw === 'object' ? entryOf(name, raw) : sharedEntry(name, raw);
    });
    if (hasRepeats(this.names)) {
      // Two spellings of one key: the later one wins, as an object literal would.
      const last = this.names.map((key, i) => this.names.indexOf(key, i + 1) < 0);
      this.names = this.names.filter((_, i) => last[i]);
      this.list = this.list.filter((_, i) => last[i]);
    }
    this.map =
      this.names.length > SMALL ? new Map(this.names.map((k, i) => [k, this.list[i] as Entry])) : undefined;
  }

  static from(values: Readonly<Record<string, ContextValue>>): RequestContext {
    return new RequestContext(values);
  }

  /** A new context with `extra` layered over this one (extra wins, case-insensitively). */
  with(extra: Readonly<Record<string, ContextValue>>): RequestContext {
    return new RequestContext(extra, this);
  }

  private own(normalizedKey: string): Entry | undefined {
    if (this.map) return this.map.get(normalizedKey);
    const at = this.names.indexOf(normalizedKey);
    return at < 0 ? undefined : this.list[at];
  }

  private entry(normalizedKey: string): Entry | undefined {
    return this.own(normalizedKey) ?? this.base?.entry(normalizedKey);
  }

  get(key: string): readonly string[] | undefined {
    return this.entry(normalizeKey(key))?.values;
  }

  /** For hot paths: `normalizedKey` must come from `normalizeKey`. */
  getNormalized(normalizedKey: string): readonly string[] | undefined {
    return this.entry(normalizedKey)?.values;
  }

  has(key: string): boolean {
    return this.entry(normalizeKey(key)) !== undefined;
  }

  /** A key given as an array is multivalued, whatever its length (AWS decides by request shape). */
  isMultiValued(key: string): boolean {
    return this.entry(normalizeKey(key))?.multi ?? false;
  }

  /**
   * The value a policy variable resolves to: only single-valued keys can be variables
   * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html).
   */
  variable(key: string): string | undefined {
    const e = this.entry(normalizeKey(key));
    return e && !e.multi ? e.values[0] : undefined;
  }

  /** Every entry, the base's first (minus those this layer replaces), in the order given. */
  private all(): Entry[] {
    if (!this.base) return this.list;
    return [...this.base.all().filter((e) => !this.own(normalizeKey(e.name))), ...this.list];
  }

  /** Key names as first given, for display. */
  keys(): string[] {
    return this.all().map((e) => e.name);
  }

  toRecord(): Record<string, ContextValue> {
    const out: Record<string, ContextValue> = {};
    for (const e of this.all()) out[e.name] = e.multi ? [...e.values] : (e.values[0] ?? '');
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
