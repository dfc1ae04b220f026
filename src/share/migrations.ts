/**
 * Link payloads by format version. A link made by an older Trustscope is walked up, one numbered
 * migration at a time, to the current format; links are never rewritten in place.
 */
export const CURRENT_LINK_VERSION = 1;

/** `migrations[n]` turns a version-n payload into a version-(n+1) payload. */
export const migrations: Readonly<
  Record<number, (payload: Record<string, unknown>) => Record<string, unknown>>
> = {};

export function migrate(payload: Record<string, unknown>, from: number): Record<string, unknown> {
  let current = payload;
  for (let version = from; version < CURRENT_LINK_VERSION; version++) {
    const step = migrations[version];
    if (!step) throw new Error(`no migration from link format ${version}`);
    current = { ...step(current), v: version + 1 };
  }
  return current;
}
