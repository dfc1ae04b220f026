/**
 * A Trustscope scenario file passes through, after the checks the merge relies on: a known
 * version, lists where lists belong, and the key every merged entry is matched by.
 */
import { elements, isObject, prop, propStr, type Located, type Reporter } from './located';
import { plainOf } from './nativeJson';
import type { ScenarioFragment } from './types';

/** The list fields and the key that identifies an entry of each (used again by mergeScenario). */
const LIST_KEYS: Readonly<Record<string, string>> = {
  accounts: 'id',
  managedPolicies: 'arn',
  users: 'arn',
  groups: 'arn',
  roles: 'arn',
  identityProviders: 'arn',
  eksClusters: 'arn',
  instances: 'id',
  lambdaFunctions: 'arn',
  ecsTaskDefinitions: 'arn',
  resources: 'arn',
  externalPrincipals: 'id',
  cliProfiles: 'name',
};

export function importScenarioFile(doc: Located, reporter: Reporter): ScenarioFragment {
  const versionLoc = prop(doc, 'version');
  const version = versionLoc?.node.kind === 'number' ? versionLoc.node.value : undefined;
  if (version === undefined || !Number.isInteger(version) || version < 1) {
    reporter.error('The scenario file has no valid "version"; it is not imported.', versionLoc ?? doc);
    return {};
  }
  if (version > 1) {
    reporter.error(
      `The scenario file was made by a newer Trustscope (format version ${version}); this version reads version 1. Update Trustscope to import it.`,
      versionLoc,
    );
    return {};
  }
  const fragment: Record<string, unknown> = {};
  const name = propStr(doc, 'name');
  const description = propStr(doc, 'description');
  if (name !== undefined) fragment['name'] = name;
  if (description !== undefined) fragment['description'] = description;
  for (const [field, key] of Object.entries(LIST_KEYS)) {
    const list = prop(doc, field);
    if (!list) continue;
    if (list.node.kind !== 'array') {
      reporter.error(`"${field}" should be a list; it is skipped.`, list);
      continue;
    }
    const kept: unknown[] = [];
    for (const item of elements(list)) {
      if (!isObject(item) || propStr(item, key) === undefined) {
        reporter.error(`An entry of ${field} has no "${key}"; it is skipped.`, item);
        continue;
      }
      kept.push(plainOf(item.node));
    }
    if (kept.length > 0) fragment[field] = kept;
  }
  const lists = prop(doc, 'identityProviderLists');
  if (lists?.node.kind === 'array') {
    const accounts = elements(lists).flatMap((item) =>
      item.node.kind === 'string' ? [item.node.value] : [],
    );
    if (accounts.length > 0) fragment['identityProviderLists'] = accounts;
  } else if (lists)
    reporter.error('"identityProviderLists" should be a list of account ids; it is skipped.', lists);
  const organization = prop(doc, 'organization');
  if (organization) {
    if (
      isObject(organization) &&
      propStr(organization, 'id') !== undefined &&
      isObject(prop(organization, 'root'))
    ) {
      fragment['organization'] = plainOf(organization.node);
    } else reporter.error('"organization" needs an id and a root; it is skipped.', organization);
  }
  // The entries are checked only as far as merging needs; the engine reports the rest in place.
  return fragment;
}

export function looksLikeScenario(doc: Located): boolean {
  return (
    isObject(doc) &&
    prop(doc, 'version')?.node.kind === 'number' &&
    (prop(doc, 'accounts') !== undefined || prop(doc, 'name') !== undefined)
  );
}
