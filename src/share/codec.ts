/**
 * Share links: the whole scenario in the URL fragment, which no server ever sees.
 * Format `s=<version>.<codec>.<payload>`: codec `d` is deflate-raw + base64url.
 * Decoding is parse → size-capped inflate → JSON → migrate → validate, each failure a typed LinkError.
 */
import { strFromU8, strToU8 } from 'fflate';
import { parseJson, toPlainValue } from '../foundation/json/parseJson';
import { validateScenarioValue } from '../model/validateScenario';
import { fromBase64Url, toBase64Url } from './base64url';
import { deflateRaw, inflateRaw } from './deflate';
import { linkError, type LinkError } from './linkError';
import { CURRENT_LINK_VERSION, migrate } from './migrations';
import type { SharedState, SharedView } from './sharedState';

/** Fragments longer than this are refused before any work (browsers cap URLs around 2 MB). */
export const MAX_FRAGMENT_LENGTH = 2_000_000;
/** Decompressed payloads larger than this are refused while inflating. */
export const MAX_INFLATED_BYTES = 16 * 1024 * 1024;

export type DecodeResult = { ok: true; state: SharedState } | { ok: false; error: LinkError };

export function encodeShareFragment(state: SharedState): string {
  const payload = { v: CURRENT_LINK_VERSION, ...state };
  return `s=${CURRENT_LINK_VERSION}.d.${toBase64Url(deflateRaw(strToU8(JSON.stringify(payload))))}`;
}

/** Accepts the fragment with or without its leading `#`, or a whole URL. */
export function decodeShareFragment(input: string, limit = MAX_INFLATED_BYTES): DecodeResult {
  const hash = input.includes('#') ? input.slice(input.indexOf('#') + 1) : input;
  const match = /(?:^|&)s=(\d{1,6})\.([A-Za-z0-9]+)\.([^&]*)/.exec(hash);
  if (!match) return { ok: false, error: linkError.notALink() };
  const [, versionText = '', codec = '', data = ''] = match;
  const version = Number(versionText);
  if (version > CURRENT_LINK_VERSION) return { ok: false, error: linkError.tooNew(version) };
  if (version < 1) return { ok: false, error: linkError.corrupt('no-version', version) };
  if (codec !== 'd') return { ok: false, error: linkError.unknownCodec(codec) };
  if (data.length > MAX_FRAGMENT_LENGTH) return { ok: false, error: linkError.tooLarge(MAX_FRAGMENT_LENGTH) };
  const compressed = fromBase64Url(data);
  if (!compressed) return { ok: false, error: linkError.corrupt('characters', version) };
  const inflated = inflateRaw(compressed, limit);
  if (inflated === 'too-large') return { ok: false, error: linkError.tooLarge(limit) };
  if (inflated === 'corrupt') return { ok: false, error: linkError.corrupt('unpack', version) };
  const json = parseJson(strFromU8(inflated));
  if (!json.value || json.diagnostics.some((d) => d.severity === 'error')) {
    return { ok: false, error: linkError.corrupt('not-json', version) };
  }
  const raw = toPlainValue(json.value);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, error: linkError.corrupt('not-object', version) };
  }
  const payload = migrate(raw, version);
  const validation = validateScenarioValue(payload.scenario);
  if (!validation.scenario) {
    const problems = validation.problems
      .filter((p) => p.severity === 'error')
      .map((p) => `${p.path}: ${p.message}`);
    return { ok: false, error: linkError.invalidScenario(problems) };
  }
  const state: SharedState = { scenario: validation.scenario };
  const texts = readTexts(payload.texts);
  if (texts) state.texts = texts;
  const view = readView(payload.view);
  if (view) state.view = view;
  return { ok: true, state };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Texts and view are conveniences: malformed entries are dropped rather than failing the link. */
function readTexts(v: unknown): Record<string, string> | undefined {
  if (!isRecord(v)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, text] of Object.entries(v)) if (typeof text === 'string') out[k] = text;
  return Object.keys(out).length > 0 ? out : undefined;
}

function readView(v: unknown): SharedView | undefined {
  if (!isRecord(v)) return undefined;
  const view: SharedView = {};
  if (isRecord(v.dragged)) {
    const dragged: Record<string, { x: number; y: number }> = {};
    for (const [id, p] of Object.entries(v.dragged)) {
      if (isRecord(p) && Number.isFinite(p.x) && Number.isFinite(p.y))
        dragged[id] = { x: p.x as number, y: p.y as number };
    }
    view.dragged = dragged;
  }
  const s = v.selection;
  if (isRecord(s) && (s.kind === 'node' || s.kind === 'edge') && typeof s.id === 'string')
    view.selection = { kind: s.kind, id: s.id };
  const p = v.path;
  if (isRecord(p) && typeof p.from === 'string' && typeof p.to === 'string') {
    view.path = {
      from: p.from,
      to: p.to,
      ...(Number.isInteger(p.index) ? { index: p.index as number } : {}),
    };
  }
  return view;
}
