/**
 * Reading one instance's attributes: the known value, or, where the plan marks it known only after
 * apply, the value of what its configuration expression references (`references`: a role's ARN
 * used in another resource). Derived attributes (an ARN from a name) come from `derive`.
 * https://developer.hashicorp.com/terraform/internals/json-format#expression-representation
 */
import { elements, prop, str, type Located, type Reporter } from '../located';
import type { ImportFile } from '../types';
import { configAddress, type TfDocument, type TfInstance } from './planDocument';

export type Path = readonly (string | number)[];

export interface TfContext {
  doc: TfDocument;
  file: ImportFile;
  reporter: Reporter;
  /** A referenced resource's attribute when its value is unknown: derived from what is known (identities.ts). */
  derive: (ctx: TfContext, target: TfInstance, attribute: string) => string | undefined;
  /** Guards `derive` against references that go round. */
  depth: number;
}

export function at(loc: Located | undefined, path: Path): Located | undefined {
  let current = loc;
  for (const part of path) current = typeof part === 'number' ? elements(current)[part] : prop(current, part);
  return current;
}

/** Whether `after_unknown` marks the value at `path` (or a value holding it) known only after apply. */
export function unknownAt(instance: TfInstance, path: Path): boolean {
  let current = instance.unknown;
  for (const part of [...path, undefined]) {
    if (current?.node.kind === 'boolean') return current.node.value;
    if (part === undefined) return false;
    current = typeof part === 'number' ? elements(current)[part] : prop(current, part);
  }
  return false;
}

/** The configuration's `references` for the attribute at `path`, most specific first (`x.arn` before `x`). */
export function referencesAt(ctx: TfContext, instance: TfInstance, path: Path): string[] {
  // The expression of the value itself, else of the nearest value holding it (a map's whole expression).
  let current = prop(ctx.doc.config.get(configAddress(instance.address)), 'expressions');
  let holding = prop(current, 'references');
  for (const part of path) {
    current = typeof part === 'number' ? elements(current)[part] : prop(current, part);
    holding = prop(current, 'references') ?? holding;
  }
  const refs = elements(holding)
    .map(str)
    .filter((r): r is string => r !== undefined);
  // Terraform lists `aws_iam_role.ci.arn` and then `aws_iam_role.ci`: the second adds nothing.
  return refs.filter((r) => !refs.some((other) => other !== r && other.startsWith(`${r}.`)));
}

const REFERENCE = /^(data\.)?([a-z][a-z0-9_]*)\.([A-Za-z_][\w-]*)(\[[^\]]*\])?(?:\.(.+))?$/;

/** The instance and attribute a reference names, in the module instance of `from`. */
export function resolveReference(
  ctx: TfContext,
  from: TfInstance,
  reference: string,
): { target: TfInstance; attribute: string } | undefined {
  const match = REFERENCE.exec(reference);
  if (!match || match[2] === 'module' || match[2] === 'var' || match[2] === 'local') return undefined;
  const [, data = '', type, name, key, attribute = 'id'] = match;
  const base = `${from.module ? `${from.module}.` : ''}${data}${type}.${name}`;
  const candidates = ctx.doc.instances.filter((i) => i.address === base || i.address.startsWith(`${base}[`));
  const wanted = key?.slice(1, -1);
  const target =
    (wanted !== undefined ? candidates.find((c) => c.key === wanted) : undefined) ??
    (candidates.length === 1 ? candidates[0] : candidates.find((c) => c.key !== '' && c.key === from.key));
  return target ? { target, attribute } : undefined;
}

/** A referenced attribute's value: known in the plan, else derived. */
export function attributeOf(ctx: TfContext, target: TfInstance, attribute: string): string | undefined {
  const known = str(prop(target.values, attribute));
  if (known !== undefined && known !== '') return known;
  if (ctx.depth > 8) return undefined;
  return ctx.derive({ ...ctx, depth: ctx.depth + 1 }, target, attribute);
}

/** The values the references of an unknown attribute stand for, in their order. */
export function referencedValues(ctx: TfContext, instance: TfInstance, path: Path): string[] {
  return referencesAt(ctx, instance, path).flatMap((reference) => {
    const resolved = resolveReference(ctx, instance, reference);
    const value = resolved && attributeOf(ctx, resolved.target, resolved.attribute);
    return value === undefined ? [] : [value];
  });
}

/** A string attribute: known, or the value of what its expression references when unknown. */
export function stringAt(ctx: TfContext, instance: TfInstance, path: Path): string | undefined {
  const known = str(at(instance.values, path));
  if (known !== undefined && known !== '') return known;
  return unknownAt(instance, path) ? referencedValues(ctx, instance, path)[0] : undefined;
}

/** A list (or set) of strings: known items, or the referenced values when the list is unknown. */
export function listAt(ctx: TfContext, instance: TfInstance, path: Path): string[] {
  const loc = at(instance.values, path);
  if (loc?.node.kind === 'array')
    return elements(loc).flatMap((item) => {
      const value = str(item);
      return value === undefined ? [] : [value];
    });
  const single = str(loc);
  if (single !== undefined) return [single];
  return unknownAt(instance, path) ? referencedValues(ctx, instance, path) : [];
}

/** The instances of one resource type, in document order. */
export function instancesOf(
  ctx: TfContext,
  type: string,
  mode: TfInstance['mode'] = 'managed',
): TfInstance[] {
  return ctx.doc.instances.filter((i) => i.type === type && i.mode === mode);
}
