/**
 * Every policy document of a scenario, each with a stable id that doubles as its editor model URI,
 * so the UI, the linter and the analysis all point at the same place.
 */
import type { PolicyKind } from '../foundation/types';
import { cliProfileId, roleNameFromArn, type Scenario } from './scenario';

export interface DocumentRef {
  id: string;
  /** The node the document belongs to (role, user, group, resource, managed policy, org unit). */
  ownerId: string;
  label: string;
  /**
   * For a trust or resource policy, which has no name of its own: the owner's name, so the app can
   * word "trust policy" in the user's language beside it.
   */
  owner?: string;
  kind: PolicyKind;
}

const tail = (arn: string) => roleNameFromArn(arn);

export function listDocuments(scenario: Scenario): DocumentRef[] {
  const refs: DocumentRef[] = [];
  for (const role of scenario.roles ?? []) {
    refs.push({
      id: `${role.arn}#trust`,
      ownerId: role.arn,
      label: `${tail(role.arn)} · trust policy`,
      owner: tail(role.arn),
      kind: 'trust',
    });
    for (const p of role.inlinePolicies ?? []) {
      refs.push({
        id: `${role.arn}#inline/${p.name}`,
        ownerId: role.arn,
        label: `${tail(role.arn)} · ${p.name}`,
        kind: 'identity',
      });
    }
  }
  for (const user of scenario.users ?? []) {
    for (const p of user.inlinePolicies ?? []) {
      refs.push({
        id: `${user.arn}#inline/${p.name}`,
        ownerId: user.arn,
        label: `${tail(user.arn)} · ${p.name}`,
        kind: 'identity',
      });
    }
  }
  for (const group of scenario.groups ?? []) {
    for (const p of group.inlinePolicies ?? []) {
      refs.push({
        id: `${group.arn}#inline/${p.name}`,
        ownerId: group.arn,
        label: `${tail(group.arn)} · ${p.name}`,
        kind: 'identity',
      });
    }
  }
  for (const policy of scenario.managedPolicies ?? []) {
    refs.push({
      id: policy.arn,
      ownerId: policy.arn,
      label: policy.name ?? tail(policy.arn),
      kind: 'identity',
    });
  }
  for (const resource of scenario.resources ?? []) {
    if (resource.policy !== undefined) {
      refs.push({
        id: `${resource.arn}#policy`,
        ownerId: resource.arn,
        label: `${tail(resource.arn)} · resource policy`,
        owner: tail(resource.arn),
        kind: 'resource',
      });
    }
  }
  for (const profile of scenario.cliProfiles ?? []) {
    if (profile.sessionPolicy !== undefined) {
      refs.push({
        id: `${cliProfileId(profile.name)}#session`,
        ownerId: cliProfileId(profile.name),
        label: `${profile.name} · session policy`,
        owner: profile.name,
        kind: 'session',
      });
    }
  }
  for (const policy of scenario.organization?.policies ?? []) {
    refs.push({
      id: `org#${policy.id}`,
      ownerId: policy.id,
      label: `${policy.name} · ${policy.type === 'SERVICE_CONTROL_POLICY' ? 'SCP' : 'RCP'}`,
      kind: policy.type === 'SERVICE_CONTROL_POLICY' ? 'scp' : 'rcp',
    });
  }
  return refs;
}

function firstByKey<T>(items: readonly T[] | undefined, key: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items ?? []) if (!map.has(key(item))) map.set(key(item), item);
  return map;
}

/**
 * The JSON value of a document by id (undefined when there is none), for every document of a scenario
 * at once: each kind of owner is indexed once, since a linear scan per document made a scenario of a
 * few thousand roles quadratic to open or analyze. The maps keep the first entry for a key, as `find`
 * would.
 */
export function documentLookup(scenario: Scenario): (id: string) => unknown {
  const roles = firstByKey(scenario.roles, (r) => r.arn);
  const users = firstByKey(scenario.users, (u) => u.arn);
  const groups = firstByKey(scenario.groups, (g) => g.arn);
  const resources = firstByKey(scenario.resources, (r) => r.arn);
  const orgPolicies = firstByKey(scenario.organization?.policies, (p) => p.id);
  const managed = firstByKey(scenario.managedPolicies, (p) => p.arn);
  const profiles = firstByKey(scenario.cliProfiles, (p) => cliProfileId(p.name));
  return (id) => {
    const [owner, part] = splitId(id);
    if (part === 'trust') return roles.get(owner)?.trustPolicy;
    if (part === 'session') return profiles.get(owner)?.sessionPolicy;
    if (part === 'policy') return resources.get(owner)?.policy;
    if (part?.startsWith('inline/')) {
      const name = part.slice('inline/'.length);
      const holder = roles.get(owner) ?? users.get(owner) ?? groups.get(owner);
      return holder?.inlinePolicies?.find((p) => p.name === name)?.document;
    }
    if (owner === 'org' && part) return scenario.organization ? orgPolicies.get(part)?.document : undefined;
    return managed.get(id)?.document;
  };
}

/**
 * Texts of document values, by value. Scenarios are updated by replacing objects, never by changing
 * them in place (model/editScenario*.ts), so an unchanged document keeps its object from one analysis
 * or save to the next, and big scenarios are not written out again to find what changed.
 */
const jsonOfValue = new WeakMap<object, string | undefined>();

/** A document's own text: its JSON indented by two, as the editor first shows it; undefined if it has none. */
export function documentJson(value: unknown): string | undefined {
  const memo = typeof value === 'object' && value !== null;
  if (memo && jsonOfValue.has(value)) return jsonOfValue.get(value);
  let text: string | undefined;
  try {
    // Typed as string, but undefined for undefined, functions and symbols.
    text = JSON.stringify(value, null, 2);
  } catch {
    text = undefined;
  }
  if (memo) jsonOfValue.set(value, text);
  return text;
}

/**
 * Remembers `text`, equal to the value's own, as the value's text: documents written alike (every
 * Lambda role's trust, one boundary in every account) then hold one string instead of one each.
 */
export function shareDocumentJson(value: unknown, text: string): void {
  if (typeof value === 'object' && value !== null && jsonOfValue.get(value) === text)
    jsonOfValue.set(value, text);
}

function splitId(id: string): [string, string | undefined] {
  const hash = id.indexOf('#');
  return hash < 0 ? [id, undefined] : [id.slice(0, hash), id.slice(hash + 1)];
}

/** Texts that differ from the scenario's own JSON: what a share link must carry. */
export function changedTexts(
  scenario: Scenario,
  texts: Readonly<Record<string, string>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  const find = documentLookup(scenario);
  for (const [id, text] of Object.entries(texts)) {
    if (text !== documentJson(find(id))) out[id] = text;
  }
  return out;
}
