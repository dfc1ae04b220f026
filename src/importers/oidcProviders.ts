/**
 * IAM identity providers: `list-open-id-connect-providers`, `get-open-id-connect-provider` and
 * `list-saml-providers`. The get output carries no ARN, so it is rebuilt from the Url when the
 * scenario leaves no doubt about the account. A list is an account's complete list of OIDC
 * providers (https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListOpenIDConnectProviders.html):
 * its account goes into `identityProviderLists`, so a provider missing from it is known to be absent.
 */
import type { IdentityProviderSpec, Scenario } from '../model/scenario';
import { accountOfArn } from '../model/scenario';
import { elements, prop, propStr, str, type Located, type Reporter } from './located';
import type { ScenarioFragment } from './types';

const OIDC_ARN = /^arn:aws[a-z-]*:iam::\d{12}:oidc-provider\/.+/;
const SAML_ARN = /^arn:aws[a-z-]*:iam::\d{12}:saml-provider\/.+/;

function clientIds(loc: Located | undefined): string[] | undefined {
  const ids = elements(prop(loc, 'ClientIDList'))
    .map(str)
    .filter((id): id is string => id !== undefined);
  return ids.length > 0 ? ids : undefined;
}

function readList(doc: Located, key: string, pattern: RegExp, reporter: Reporter): IdentityProviderSpec[] {
  const identityProviders: IdentityProviderSpec[] = [];
  for (const item of elements(prop(doc, key))) {
    const arn = propStr(item, 'Arn');
    if (arn === undefined || !pattern.test(arn)) {
      reporter.error('oidc-entry-without-arn', { list: key }, prop(item, 'Arn') ?? item);
      continue;
    }
    const spec: IdentityProviderSpec = { arn };
    // People often merge the get-open-id-connect-provider details into the list entries.
    const ids = clientIds(item);
    if (ids) spec.clientIds = ids;
    identityProviders.push(spec);
  }
  return identityProviders;
}

export function importOidcProviderList(
  doc: Located,
  context: Scenario,
  reporter: Reporter,
): ScenarioFragment {
  const identityProviders = readList(doc, 'OpenIDConnectProviderList', OIDC_ARN, reporter);
  const lists = listedAccounts(doc, identityProviders, context, reporter);
  return {
    ...(identityProviders.length > 0 ? { identityProviders } : {}),
    ...(lists.length > 0 ? { identityProviderLists: lists } : {}),
  };
}

/**
 * The accounts a list is complete for: those of its providers, or for an empty list the scenario's
 * only account. A list with an entry skipped is complete for nobody: the skipped one may be the
 * provider a role needs.
 */
function listedAccounts(
  doc: Located,
  providers: IdentityProviderSpec[],
  context: Scenario,
  reporter: Reporter,
): string[] {
  const entries = elements(prop(doc, 'OpenIDConnectProviderList')).length;
  if (entries > providers.length) return [];
  if (entries > 0) return [...new Set(providers.flatMap((p) => accountOfArn(p.arn) ?? []))].sort();
  const accounts = scenarioAccounts(context);
  if (accounts.size === 1) return [...accounts];
  reporter.warning(
    'oidc-list-empty-unowned',
    { count: accounts.size },
    prop(doc, 'OpenIDConnectProviderList') ?? doc,
  );
  return [];
}

export function importSamlProviderList(doc: Located, reporter: Reporter): ScenarioFragment {
  const identityProviders = readList(doc, 'SAMLProviderList', SAML_ARN, reporter);
  return identityProviders.length > 0 ? { identityProviders } : {};
}

/** The accounts the scenario names, its roles' included. */
function scenarioAccounts(context: Scenario): Set<string> {
  const accounts = new Set(context.accounts.map((a) => a.id));
  for (const role of context.roles ?? []) {
    const account = accountOfArn(role.arn);
    if (account !== undefined) accounts.add(account);
  }
  return accounts;
}

/** The ARN for a get-open-id-connect-provider output: its own Arn, a known provider with that URL, or the only account. */
function arnForProvider(
  doc: Located,
  host: string,
  context: Scenario,
  reporter: Reporter,
): string | undefined {
  const own = propStr(doc, 'Arn');
  if (own !== undefined) {
    if (OIDC_ARN.test(own)) return own;
    reporter.error('oidc-arn-invalid', { arn: own }, prop(doc, 'Arn'));
    return undefined;
  }
  const known = (context.identityProviders ?? []).filter((p) => p.arn.endsWith(`:oidc-provider/${host}`));
  if (known.length === 1 && known[0]) return known[0].arn;
  const accounts = scenarioAccounts(context);
  if (accounts.size === 1) return `arn:aws:iam::${[...accounts][0] ?? ''}:oidc-provider/${host}`;
  reporter.error('oidc-provider-account-unknown', { count: accounts.size }, prop(doc, 'Url') ?? doc);
  return undefined;
}

export function importOidcProvider(doc: Located, context: Scenario, reporter: Reporter): ScenarioFragment {
  const url = propStr(doc, 'Url');
  if (url === undefined) {
    reporter.error('oidc-provider-without-url', {}, doc);
    return {};
  }
  // IAM returns the Url without a scheme; the ARN uses the same host/path form.
  const host = url.replace(/^https:\/\//, '').replace(/\/$/, '');
  const arn = arnForProvider(doc, host, context, reporter);
  if (arn === undefined) return {};
  const spec: IdentityProviderSpec = { arn };
  const ids = clientIds(doc);
  if (ids) spec.clientIds = ids;
  return { identityProviders: [spec] };
}
