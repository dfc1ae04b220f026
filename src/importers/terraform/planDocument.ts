/**
 * `terraform show -json` of a plan or a state, read as the resource instances of one side: `after`
 * (a plan's `resource_changes[].change.after` with `after_unknown`, then `planned_values`) or
 * `before` (`resource_changes[].change.before`, then `prior_state`); a state has one side, its
 * `values`. The configuration is indexed by address, so a value unknown until apply can be traced
 * to the resources its expression references.
 * https://developer.hashicorp.com/terraform/internals/json-format
 */
import { elements, hasProp, isObject, prop, propStr, str, type Located } from '../located';
import type { TerraformSide } from '../types';

export interface TfInstance {
  /** As the document names it: `module.eks.aws_iam_role.node["a"]`. */
  address: string;
  mode: 'managed' | 'data';
  type: string;
  /** The module instance it lives in (`module.eks["x"]`), empty at the root. */
  module: string;
  /** The instance key (`"a"`, `0`) as the address writes it, empty without count or for_each. */
  key: string;
  values: Located | undefined;
  /** `after_unknown`: the same shape as `values`, `true` where a value is known only after apply. */
  unknown: Located | undefined;
}

export interface TfDocument {
  instances: TfInstance[];
  /** The configuration's resource blocks by address with instance keys removed (`module.eks.aws_iam_role.node`). */
  config: ReadonlyMap<string, Located>;
  /** `configuration.provider_config`. */
  providers: Located | undefined;
}

/** `{"format_version": "1.x", ...}` with a plan's or a state's parts. */
export function looksLikeTerraform(doc: Located): boolean {
  if (str(prop(doc, 'format_version')) === undefined) return false;
  return ['terraform_version', 'planned_values', 'resource_changes', 'values', 'prior_state'].some(
    (key) => prop(doc, key) !== undefined,
  );
}

/** A plan (it has a before and an after side), not a state. */
export function looksLikePlan(doc: Located): boolean {
  return looksLikeTerraform(doc) && ['planned_values', 'resource_changes'].some((key) => hasProp(doc, key));
}

const INSTANCE_KEY = /\[(?:\d+|"(?:[^"\\]|\\.)*")\]/g;

/** The address with every instance key removed: what the configuration names. */
export function configAddress(address: string): string {
  return address.replace(INSTANCE_KEY, '');
}

/** `module.a["x"].module.b` and the key of `aws_iam_role.node["a"]`, from a full instance address. */
function splitAddress(address: string, type: string, mode: string): { module: string; key: string } {
  const own = `${mode === 'data' ? 'data.' : ''}${type}.`;
  const at = address.lastIndexOf(own);
  const module = at > 0 ? address.slice(0, at - 1) : '';
  const key = /(\[[^\]]*\])$/.exec(address.slice(at))?.[1] ?? '';
  return { module, key: key.slice(1, -1) };
}

function instanceOf(item: Located, values: Located | undefined, unknown?: Located): TfInstance | undefined {
  const address = propStr(item, 'address');
  const type = propStr(item, 'type');
  if (address === undefined || type === undefined) return undefined;
  const mode = propStr(item, 'mode') === 'data' ? 'data' : 'managed';
  return { address, mode, type, ...splitAddress(address, type, mode), values, unknown };
}

/** Every resource of a module in `planned_values`, `prior_state.values` or a state's `values`. */
function moduleResources(module: Located | undefined, into: Map<string, TfInstance>, dataOnly = false): void {
  for (const item of elements(prop(module, 'resources'))) {
    const instance = instanceOf(item, prop(item, 'values'));
    if (instance && !into.has(instance.address) && (!dataOnly || instance.mode === 'data'))
      into.set(instance.address, instance);
  }
  for (const child of elements(prop(module, 'child_modules'))) moduleResources(child, into, dataOnly);
}

/** The side's instances from `resource_changes`: a create has no before, a delete no after. */
function changedInstances(doc: Located, side: TerraformSide, into: Map<string, TfInstance>): void {
  for (const item of elements(prop(doc, 'resource_changes'))) {
    const change = prop(item, 'change');
    const values = prop(change, side);
    const address = propStr(item, 'address');
    if (address === undefined) continue;
    if (!isObject(values)) {
      // Gone on this side (created or destroyed by the plan): the other sources must not bring it back.
      into.set(address, {
        address,
        mode: 'managed',
        type: '',
        module: '',
        key: '',
        values: undefined,
        unknown: undefined,
      });
      continue;
    }
    const instance = instanceOf(item, values, side === 'after' ? prop(change, 'after_unknown') : undefined);
    if (instance) into.set(address, instance);
  }
}

function configResources(module: Located | undefined, prefix: string, into: Map<string, Located>): void {
  for (const item of elements(prop(module, 'resources'))) {
    const address = propStr(item, 'address');
    if (address !== undefined) into.set(`${prefix}${address}`, item);
  }
  const calls = prop(module, 'module_calls');
  if (calls?.node.kind !== 'object') return;
  for (const { key } of calls.node.properties)
    configResources(prop(prop(calls, key), 'module'), `${prefix}module.${key}.`, into);
}

/** One side of the document; a state's sides are the same. */
export function readTerraform(doc: Located, side: TerraformSide): TfDocument {
  const byAddress = new Map<string, TfInstance>();
  const isPlan = prop(doc, 'resource_changes') !== undefined || prop(doc, 'planned_values') !== undefined;
  if (isPlan) {
    changedInstances(doc, side, byAddress);
    const values = side === 'after' ? prop(doc, 'planned_values') : prop(prop(doc, 'prior_state'), 'values');
    moduleResources(prop(values, 'root_module'), byAddress);
    // Data sources read while planning are in the prior state only.
    if (side === 'after')
      moduleResources(prop(prop(prop(doc, 'prior_state'), 'values'), 'root_module'), byAddress, true);
  } else moduleResources(prop(prop(doc, 'values'), 'root_module'), byAddress);
  const config = new Map<string, Located>();
  const configuration = prop(doc, 'configuration');
  configResources(prop(configuration, 'root_module'), '', config);
  return {
    instances: [...byAddress.values()].filter((i) => i.values !== undefined),
    config,
    providers: prop(configuration, 'provider_config'),
  };
}
