/**
 * Policy documents in a plan: a JSON string whatever the configuration wrote (`jsonencode`, a heredoc,
 * `data.aws_iam_policy_document.x.json`). One the plan knows only after apply is rendered from the
 * `aws_iam_policy_document` it references (its statement blocks, each unknown value taken from what
 * its expression references), else it stands as a policy with no statement, named as an assumption.
 * https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/iam_policy_document
 */
import { readPolicyDocument } from '../common';
import { elements, prop, str } from '../located';
import {
  at,
  listAt,
  referencesAt,
  resolveReference,
  stringAt,
  unknownAt,
  type Path,
  type TfContext,
} from './context';
import type { TfInstance } from './planDocument';

/** What a document known only after apply is taken as until then: it grants and denies nothing. */
const EMPTY_POLICY = Object.freeze({ Version: '2012-10-17', Statement: [] });

const pathText = (path: Path) =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');

/** A policy attribute as a document, or undefined when the resource has none (or it cannot be read). */
export function policyAt(ctx: TfContext, instance: TfInstance, path: Path): unknown {
  const loc = at(instance.values, path);
  if (str(loc) !== undefined && str(loc) !== '') {
    const what = { subject: 'tf-attribute', name: instance.address, attribute: pathText(path) } as const;
    return readPolicyDocument(loc, ctx.reporter, what);
  }
  if (!unknownAt(instance, path)) return undefined;
  const references = referencesAt(ctx, instance, path);
  for (const reference of references) {
    const resolved = resolveReference(ctx, instance, reference);
    if (resolved?.target.type === 'aws_iam_policy_document' && resolved.target.mode === 'data')
      return policyDocumentOf(ctx, resolved.target);
  }
  ctx.reporter.assume('tf-policy-after-apply', {
    address: instance.address,
    attribute: pathText(path),
    references: references.join(', ') || '-',
  });
  return EMPTY_POLICY;
}

/** The rendered `json` of an `aws_iam_policy_document`, or its statements rendered here when unknown. */
export function policyDocumentOf(ctx: TfContext, data: TfInstance): unknown {
  const json = prop(data.values, 'json');
  if (str(json) !== undefined && str(json) !== '')
    return readPolicyDocument(json, ctx.reporter, { subject: 'tf-policy-json', name: data.address });
  ctx.reporter.assume('tf-policy-from-configuration', { address: data.address });
  const statements = elements(prop(data.values, 'statement')).map((_, i) => renderStatement(ctx, data, i));
  return { Version: stringAt(ctx, data, ['version']) ?? '2012-10-17', Statement: statements };
}

/** One list or a lone string, as the provider writes an element with one value. */
const oneOrMany = (values: string[]): string | string[] =>
  values.length === 1 ? (values[0] as string) : [...values].sort();

function principalsOf(ctx: TfContext, data: TfInstance, path: Path): Record<string, string | string[]> | '*' {
  const byType = new Map<string, string[]>();
  elements(at(data.values, path)).forEach((_, j) => {
    const type = stringAt(ctx, data, [...path, j, 'type']) ?? 'AWS';
    byType.set(type, [...(byType.get(type) ?? []), ...listAt(ctx, data, [...path, j, 'identifiers'])]);
  });
  const star = byType.get('*');
  if (star && byType.size === 1) return '*';
  return Object.fromEntries([...byType].map(([type, ids]) => [type, oneOrMany(ids)]));
}

function conditionsOf(
  ctx: TfContext,
  data: TfInstance,
  path: Path,
): Record<string, Record<string, string[]>> {
  const conditions: Record<string, Record<string, string[]>> = {};
  elements(at(data.values, path)).forEach((_, j) => {
    const test = stringAt(ctx, data, [...path, j, 'test']);
    const variable = stringAt(ctx, data, [...path, j, 'variable']);
    if (test === undefined || variable === undefined) return;
    (conditions[test] ??= {})[variable] = listAt(ctx, data, [...path, j, 'values']);
  });
  return conditions;
}

function renderStatement(ctx: TfContext, data: TfInstance, i: number): Record<string, unknown> {
  const base: Path = ['statement', i];
  const statement: Record<string, unknown> = {};
  const sid = stringAt(ctx, data, [...base, 'sid']);
  if (sid !== undefined) statement.Sid = sid;
  statement.Effect = stringAt(ctx, data, [...base, 'effect']) ?? 'Allow';
  const lists = [
    ['actions', 'Action'],
    ['not_actions', 'NotAction'],
    ['resources', 'Resource'],
    ['not_resources', 'NotResource'],
  ] as const;
  for (const [field, key] of lists) {
    const values = listAt(ctx, data, [...base, field]);
    if (values.length > 0) statement[key] = oneOrMany(values);
  }
  for (const [field, key] of [
    ['principals', 'Principal'],
    ['not_principals', 'NotPrincipal'],
  ] as const) {
    if (elements(at(data.values, [...base, field])).length > 0)
      statement[key] = principalsOf(ctx, data, [...base, field]);
  }
  const condition = conditionsOf(ctx, data, [...base, 'condition']);
  if (Object.keys(condition).length > 0) statement.Condition = condition;
  return statement;
}
