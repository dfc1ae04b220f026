/**
 * A Trustscope scenario file passes through, after the same schema check as any scenario: each
 * top-level field or list entry with an error is reported at its path, line and column and left
 * out of the import.
 */
import { checkScenarioShape, scenarioShapeIsSound } from '../model/validateScenario';
import { elements, isObject, prop, propStr, type Located, type Reporter } from './located';
import { isUnlocated, plainOf } from './nativeJson';
import type { ScenarioFragment } from './types';

/** The list fields of a scenario, merged entry by entry (mergeScenario). */
const LIST_FIELDS = [
  'accounts',
  'managedPolicies',
  'users',
  'groups',
  'roles',
  'identityProviders',
  'eksClusters',
  'instances',
  'lambdaFunctions',
  'ecsTaskDefinitions',
  'resources',
  'externalPrincipals',
  'cliProfiles',
] as const;

/** The top-level field a problem is in, with the index of the list entry: `roles[3]`, `organization`. */
const ENTRY_RE = /^[A-Za-z_$][\w$]*(?:\[\d+\])?/;

export function importScenarioFile(doc: Located, reporter: Reporter): ScenarioFragment {
  const versionLoc = prop(doc, 'version');
  const version = versionLoc?.node.kind === 'number' ? versionLoc.node.value : undefined;
  if (version === undefined || !Number.isInteger(version) || version < 1) {
    reporter.error('scenario-version-invalid', {}, versionLoc ?? doc);
    return {};
  }
  if (version > 1) {
    reporter.error('scenario-version-newer', { version }, versionLoc);
    return {};
  }
  // Every field is checked against the schema, so a wrong type (a permissions boundary written as
  // an inline policy object) is an error here instead of a field the engine reads as nothing.
  // Cross-references are left to the merged scenario: a file may name roles another file holds.
  const skipped = new Set<string>();
  // Read without places (nativeJson.ts), a sound file is told cheaply; any other is walked to say where.
  const sound = isUnlocated(doc.node) && scenarioShapeIsSound(plainOf(doc.node));
  for (const problem of sound ? [] : checkScenarioShape(doc.node)) {
    const entry = ENTRY_RE.exec(problem.path)?.[0] ?? '';
    const where = {
      field: problem.path,
      ...(problem.range && { line: problem.range.start.line, column: problem.range.start.column }),
    };
    // The schema check words its problems in English only (model/validation): kept as `detail`.
    const detail = problem.message.slice(`${problem.path || 'The scenario'}: `.length);
    if (problem.severity === 'warning') reporter.warning('scenario-shape', { detail }, where);
    else {
      skipped.add(entry);
      if (entry) reporter.error('scenario-shape-skipped', { detail, entry }, where);
      else reporter.error('scenario-shape', { detail }, where);
    }
  }
  const fragment: Record<string, unknown> = {};
  const name = propStr(doc, 'name');
  const description = propStr(doc, 'description');
  if (name !== undefined && !skipped.has('name')) fragment['name'] = name;
  if (description !== undefined && !skipped.has('description')) fragment['description'] = description;
  for (const field of LIST_FIELDS) {
    const list = prop(doc, field);
    if (list?.node.kind !== 'array' || skipped.has(field)) continue;
    const kept = elements(list)
      .filter((item) => !skipped.has(item.path))
      .map((item) => plainOf(item.node));
    if (kept.length > 0) fragment[field] = kept;
  }
  const lists = prop(doc, 'identityProviderLists');
  if (lists?.node.kind === 'array') {
    const accounts = elements(lists).flatMap((item) =>
      item.node.kind === 'string' ? [item.node.value] : [],
    );
    if (accounts.length > 0) fragment['identityProviderLists'] = accounts;
  } else if (lists) reporter.error('scenario-provider-lists-invalid', {}, lists);
  const organization = prop(doc, 'organization');
  if (organization && !skipped.has('organization')) fragment['organization'] = plainOf(organization.node);
  return fragment;
}

export function looksLikeScenario(doc: Located): boolean {
  return (
    isObject(doc) &&
    prop(doc, 'version')?.node.kind === 'number' &&
    (prop(doc, 'accounts') !== undefined || prop(doc, 'name') !== undefined)
  );
}
