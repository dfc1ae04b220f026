/**
 * Each `provider "aws"` configuration with an `assume_role` block, as the CLI profile it amounts to:
 * Terraform assumes the role with the provider's own credentials before any call, passing the block's
 * session name, external id, session policies (`policy`, `policy_arns`) and session tags. The plan
 * prints the block under `configuration.provider_config.KEY.expressions.assume_role[0]`, one
 * `constant_value` per argument written as a constant.
 * https://registry.terraform.io/providers/hashicorp/aws/latest/docs#assume-role-configuration-reference
 * https://developer.hashicorp.com/terraform/internals/json-format#configuration-representation
 */
import type { CliProfileSpec } from '../../model/scenario';
import { readPolicyDocument } from '../common';
import { elements, prop, str, type Located } from '../located';
import { at, type TfContext } from './context';

export function readProviderProfiles(ctx: TfContext): CliProfileSpec[] {
  const providers = ctx.doc.providers;
  if (providers?.node.kind !== 'object') return [];
  return providers.node.properties.flatMap(({ key }) => {
    const config = prop(providers, key);
    if (str(prop(config, 'name')) !== 'aws') return [];
    const block = at(prop(config, 'expressions'), ['assume_role', 0]);
    return block ? profileOf(ctx, key, config, block) : [];
  });
}

function profileOf(
  ctx: TfContext,
  key: string,
  config: Located | undefined,
  block: Located,
): CliProfileSpec[] {
  const roleArn = constantText(block, 'role_arn');
  if (roleArn === undefined) {
    ctx.reporter.warning(
      'tf-provider-role-not-constant',
      { provider: key },
      prop(block, 'role_arn') ?? block,
    );
    return [];
  }
  const name = `terraform:${key}`;
  // The provider's own credentials sign the call: a shared-config profile, else the environment.
  const source = constantText(prop(config, 'expressions'), 'profile');
  const profile: CliProfileSpec = {
    name,
    roleArn,
    ...(source !== undefined ? { sourceProfile: source } : { credentialSource: 'Environment' as const }),
  };
  const sessionName = constantText(block, 'session_name');
  if (sessionName !== undefined) profile.roleSessionName = sessionName;
  const externalId = constantText(block, 'external_id');
  if (externalId !== undefined) profile.externalId = externalId;
  const seconds = durationSeconds(constantText(block, 'duration'));
  if (seconds !== undefined) profile.durationSeconds = seconds;
  const policy = sessionPolicy(ctx, key, block);
  if (policy !== undefined) profile.sessionPolicy = policy;
  const arns = constantList(ctx, key, block, 'policy_arns');
  if (arns.length > 0) profile.sessionPolicyArns = arns;
  const tags = constantTags(ctx, key, block);
  if (Object.keys(tags).length > 0) profile.sessionTags = tags;
  const transitive = constantList(ctx, key, block, 'transitive_tag_keys');
  if (transitive.length > 0)
    ctx.reporter.assume(
      'tf-transitive-tag-keys',
      { provider: key, keys: transitive.join(', ') },
      prop(block, 'transitive_tag_keys'),
    );
  return [profile];
}

function constant(block: Located | undefined, argument: string): Located | undefined {
  return prop(prop(block, argument), 'constant_value');
}

function constantText(block: Located | undefined, argument: string): string | undefined {
  const value = str(constant(block, argument));
  return value === undefined || value === '' ? undefined : value;
}

/** An argument written, but not as a constant (`jsonencode(...)`, a reference): its value is not in the plan. */
function notConstant(ctx: TfContext, key: string, block: Located, argument: string): void {
  const written = prop(block, argument);
  if (written && !constant(block, argument))
    ctx.reporter.warning('tf-provider-argument-not-constant', { provider: key, argument }, written);
}

/** The inline session policy: a JSON string (a heredoc or a quoted document) in the configuration. */
function sessionPolicy(ctx: TfContext, key: string, block: Located): unknown {
  notConstant(ctx, key, block, 'policy');
  const loc = constant(block, 'policy');
  if (str(loc) === undefined || str(loc) === '') return undefined;
  return readPolicyDocument(loc, ctx.reporter, { subject: 'tf-provider-session-policy', name: key });
}

function constantList(ctx: TfContext, key: string, block: Located, argument: string): string[] {
  notConstant(ctx, key, block, argument);
  return elements(constant(block, argument)).flatMap((item) => str(item) ?? []);
}

function constantTags(ctx: TfContext, key: string, block: Located): Record<string, string> {
  notConstant(ctx, key, block, 'tags');
  const tags = constant(block, 'tags');
  if (tags?.node.kind !== 'object') return {};
  return Object.fromEntries(
    tags.node.properties.flatMap(({ key: tag }) => {
      const value = str(prop(tags, tag));
      return value === undefined ? [] : [[tag, value]];
    }),
  );
}

/** `duration` as Go writes durations (`1h`, `90m`, `1h30m`, `3600s`), in whole seconds. */
function durationSeconds(text: string | undefined): number | undefined {
  const m = text === undefined ? null : /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(text);
  if (!m || text === '') return undefined;
  return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}
