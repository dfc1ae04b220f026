/**
 * IAM identity providers: an OIDC provider (an issuer's host and path, with the client ids it
 * accepts) or a SAML provider (a name). With the provider in the scenario, the analysis no longer
 * has to assume it exists (`oidc-provider-assumed`). Deleting one is the inspector's Remove
 * (editScenarioRemove.ts). Pure, like editScenario.ts.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_create_oidc.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_create_saml.html
 */
import { anIdentityProvider, arns } from './builders';
import type { EditProblem } from './editScenario';
import type { Scenario } from './scenario';
import { PATTERNS } from './validation/patterns';

/** SAML provider names: 1–128 letters, digits and ._- (IAM's CreateSAMLProvider Name). */
const SAML_NAME = /^[\w.-]{1,128}$/;
/** Client ids (audiences): 1–255 printable characters without spaces. */
const CLIENT_ID = /^\S{1,255}$/;

export type ProviderInput =
  | {
      kind: 'oidc';
      account: string;
      /** The issuer URL, with or without `https://`: host and optional path. */
      issuer: string;
      clientIds: string[];
    }
  | { kind: 'saml'; account: string; name: string };

/** The issuer as IAM names it in the provider ARN: without `https://` and a trailing `/`. */
export const issuerHost = (issuer: string) =>
  issuer
    .trim()
    .replace(/^https:\/\//, '')
    .replace(/\/+$/, '');

export function providerArnOf(input: ProviderInput): string {
  return input.kind === 'oidc'
    ? arns.oidcProvider(input.account, issuerHost(input.issuer))
    : arns.samlProvider(input.account, input.name);
}

export function checkProvider(s: Scenario, input: ProviderInput): EditProblem | null {
  if (!s.accounts.some((a) => a.id === input.account)) return 'unknownAccount';
  if (input.kind === 'oidc') {
    const host = issuerHost(input.issuer);
    if (!host || !PATTERNS.oidcIssuer.test(`https://${host}`)) return 'oidcIssuer';
    if (!PATTERNS.identityProviderArn.test(providerArnOf(input))) return 'oidcIssuer';
    if (input.clientIds.length === 0 || !input.clientIds.every((c) => CLIENT_ID.test(c))) return 'clientId';
  } else if (!SAML_NAME.test(input.name)) return 'samlName';
  const arn = providerArnOf(input);
  return (s.identityProviders ?? []).some((p) => p.arn === arn) ? 'duplicate' : null;
}

export function addProvider(s: Scenario, input: ProviderInput): Scenario {
  const problem = checkProvider(s, input);
  if (problem) throw new Error(`invalid input: ${problem}`);
  const provider =
    input.kind === 'oidc'
      ? anIdentityProvider.oidc(input.account, issuerHost(input.issuer), input.clientIds)
      : anIdentityProvider.saml(input.account, input.name);
  return { ...s, identityProviders: [...(s.identityProviders ?? []), provider] };
}

/** Client ids typed as a list separated by commas or spaces. */
export const parseClientIds = (text: string) => text.split(/[\s,]+/).filter(Boolean);
