/**
 * The account and region of a resource whose ARN is not known yet: from its provider's configuration
 * (`allowed_account_ids`, the `assume_role` role's ARN, `region`), else the CLI's `--account`, else
 * what the document's known ARNs say most often, named as an assumption.
 * https://registry.terraform.io/providers/hashicorp/aws/latest/docs#argument-reference
 */
import { accountOfArn } from '../../model/scenario';
import { splitArn } from '../common';
import { elements, prop, propStr, str, type Located } from '../located';
import { at, type TfContext } from './context';
import { configAddress, type TfInstance } from './planDocument';

/** Where nothing says: the 000000000000 placeholder account the importers use for the unknown. */
const UNKNOWN_ACCOUNT = '000000000000';
const DEFAULT_REGION = 'us-east-1';

function providerOf(ctx: TfContext, instance: TfInstance): { key: string; config: Located | undefined } {
  const key = propStr(ctx.doc.config.get(configAddress(instance.address)), 'provider_config_key') ?? 'aws';
  const providers = ctx.doc.providers;
  // Keys are `aws`, `aws.prod`, or `module.eks:aws` for a provider a module configures.
  const config =
    prop(providers, key) ?? prop(providers, key.slice(key.lastIndexOf(':') + 1)) ?? prop(providers, 'aws');
  return { key, config };
}

function constant(expressions: Located | undefined, ...path: (string | number)[]): Located | undefined {
  return prop(at(expressions, path), 'constant_value');
}

function configuredAccount(provider: Located | undefined): string | undefined {
  const expressions = prop(provider, 'expressions');
  const allowed = elements(constant(expressions, 'allowed_account_ids')).map(str);
  if (allowed.length === 1 && allowed[0] !== undefined) return allowed[0];
  const roleArn = str(constant(expressions, 'assume_role', 0, 'role_arn'));
  return roleArn === undefined ? undefined : accountOfArn(roleArn);
}

/** The most common value among the document's known ARNs (ties to the smallest, for a stable answer). */
function mostCommon(ctx: TfContext, part: 'account' | 'region'): string | undefined {
  const counts = new Map<string, number>();
  for (const instance of ctx.doc.instances) {
    const arn = str(prop(instance.values, 'arn'));
    const value = arn === undefined ? undefined : splitArn(arn)?.[part];
    if (value && (part === 'region' || /^\d{12}$/.test(value)))
      counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0]?.[0];
}

export function accountOf(ctx: TfContext, instance: TfInstance): string {
  const { key, config } = providerOf(ctx, instance);
  const configured = configuredAccount(config) ?? ctx.file.account;
  if (configured !== undefined) return configured;
  const account = mostCommon(ctx, 'account') ?? UNKNOWN_ACCOUNT;
  ctx.reporter.assume('tf-account-assumed', { provider: key, account });
  return account;
}

export function regionOf(ctx: TfContext, instance: TfInstance): string {
  const { key, config } = providerOf(ctx, instance);
  const configured = str(constant(prop(config, 'expressions'), 'region'));
  if (configured !== undefined) return configured;
  const region = mostCommon(ctx, 'region') ?? DEFAULT_REGION;
  ctx.reporter.assume('tf-region-assumed', { provider: key, region });
  return region;
}
