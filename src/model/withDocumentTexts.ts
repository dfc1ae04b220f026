/**
 * A scenario with the documents as the user typed them written into it: what a scenario file must
 * hold when it leaves the app or the share link (the app keeps typed texts apart, so a document in
 * the middle of an edit is never lost to a parse). A text that is not JSON cannot be a document's
 * value: its document keeps its last value, and its id is returned so the caller can say so.
 */
import { changedTexts, documentLookup } from './documents';
import type { NamedPolicy, Scenario } from './scenario';

export interface WrittenTexts {
  scenario: Scenario;
  /** Ids of documents whose text is not JSON, left at their last value. */
  unreadable: string[];
}

function parsed(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** Replaces, in a list that may be absent, the entries `match` picks (kept absent when absent). */
function replace<K extends string, T>(
  key: K,
  list: T[] | undefined,
  match: (item: T) => boolean,
  change: (item: T) => T,
): { [P in K]?: T[] } {
  return list
    ? ({ [key]: list.map((item) => (match(item) ? change(item) : item)) } as { [P in K]?: T[] })
    : {};
}

/** The scenario with one document's value replaced (a new object on the path to it, others shared). */
function withDocument(s: Scenario, id: string, value: unknown): Scenario {
  const hash = id.indexOf('#');
  const owner = hash < 0 ? id : id.slice(0, hash);
  const part = hash < 0 ? undefined : id.slice(hash + 1);
  const isOwner = (x: { arn: string }) => x.arn === owner;
  if (part === 'trust')
    return { ...s, ...replace('roles', s.roles, isOwner, (r) => ({ ...r, trustPolicy: value })) };
  if (part === 'policy')
    return { ...s, ...replace('resources', s.resources, isOwner, (r) => ({ ...r, policy: value })) };
  if (part?.startsWith('inline/')) {
    const name = part.slice('inline/'.length);
    const inline = <T extends { inlinePolicies?: NamedPolicy[] }>(x: T): T => ({
      ...x,
      ...replace(
        'inlinePolicies',
        x.inlinePolicies,
        (p) => p.name === name,
        (p) => ({ ...p, document: value }),
      ),
    });
    return {
      ...s,
      ...replace('roles', s.roles, isOwner, inline),
      ...replace('users', s.users, isOwner, inline),
      ...replace('groups', s.groups, isOwner, inline),
    };
  }
  if (owner === 'org' && part !== undefined && s.organization) {
    const policies = s.organization.policies.map((p) => (p.id === part ? { ...p, document: value } : p));
    return { ...s, organization: { ...s.organization, policies } };
  }
  return {
    ...s,
    ...replace(
      'managedPolicies',
      s.managedPolicies,
      (p) => p.arn === id,
      (p) => ({ ...p, document: value }),
    ),
  };
}

export function withDocumentTexts(scenario: Scenario, texts: Readonly<Record<string, string>>): WrittenTexts {
  const find = documentLookup(scenario);
  let out = scenario;
  const unreadable: string[] = [];
  for (const [id, text] of Object.entries(changedTexts(scenario, texts))) {
    // A text left from a document no longer in the scenario has nowhere to go.
    if (find(id) === undefined) continue;
    const value = parsed(text);
    if (value.ok) out = withDocument(out, id, value.value);
    else unreadable.push(id);
  }
  return { scenario: out, unreadable };
}
