/**
 * Identity providers into roles: SAML providers (AssumeRoleWithSAML) and OIDC providers other than
 * EKS clusters' (AssumeRoleWithWebIdentity, e.g. GitHub Actions), whose token claims the outside
 * world chooses, so their `sub`/`aud` conditions become the edge's conditions.
 *
 * An OIDC provider a trust names but the scenario lacks is unknown, not absent, unless its account's
 * provider list was imported (`identityProviderLists`): a get-account-authorization-details export
 * never holds providers. Such a provider is assumed to exist, and its edges say so. EKS issuers are
 * left to IRSA (irsaEdges.ts), which starts from the clusters the scenario holds.
 */
import { assumption, NO_ASSUMPTIONS } from '../analysis/assumptions';
import type { EdgeBuilder } from './edgeBuilder';
import { decideOrCut } from '../hops/cutHops';
import type { PreparedPrincipal, PreparedScenario } from '../analysis/prepareScenario';
import type { TrustNames } from '../hops/trustIndex';
import type { Assumption, GraphNode } from '../types';

type Counter = { evaluations: number };

/** `arn:aws:iam::ACCOUNT:oidc-provider/HOST`. */
const OIDC_PROVIDER = /^arn:aws[a-z-]*:iam::(\d{12}):oidc-provider\/(.+)$/;
/** An EKS cluster's issuer, `oidc.eks.REGION.amazonaws.com/id/…`. */
const EKS_ISSUER = /^oidc\.eks\.[a-z0-9-]+\.amazonaws\.com(?:\.cn)?\//;

export function addFederationEdges(
  prepared: PreparedScenario,
  names: Map<string, TrustNames>,
  nodes: Map<string, GraphNode>,
  edges: EdgeBuilder,
  counter: Counter,
): void {
  const { scenario } = prepared;
  const eksIssuers = new Set(
    (scenario.eksClusters ?? []).flatMap((c) =>
      c.oidcIssuer ? [c.oidcIssuer.replace(/^https:\/\//, '')] : [],
    ),
  );
  // Roles by the providers their trust names, in role order: one pass instead of one per provider.
  const byProvider = new Map<string, PreparedPrincipal[]>();
  for (const target of prepared.roles) {
    for (const provider of names.get(target.arn)?.federated ?? []) {
      const list = byProvider.get(provider);
      if (list) list.push(target);
      else byProvider.set(provider, [target]);
    }
  }
  const known = new Set<string>();
  for (const idp of scenario.identityProviders ?? []) {
    known.add(idp.arn);
    const host = idp.arn.slice(idp.arn.indexOf('/') + 1);
    if (idp.arn.includes(':saml-provider/') || !eksIssuers.has(host))
      for (const target of byProvider.get(idp.arn) ?? [])
        federationEdge(prepared, edges, counter, idp.arn, target, NO_ASSUMPTIONS);
  }
  const listed = new Set(scenario.identityProviderLists ?? []);
  for (const [arn, targets] of byProvider) {
    const [, account = '', host = ''] = OIDC_PROVIDER.exec(arn) ?? [];
    if (!host || known.has(arn) || listed.has(account) || EKS_ISSUER.test(host) || eksIssuers.has(host))
      continue;
    const assumed = Object.freeze([assumption('oidc-provider-assumed', { account, issuer: host })]);
    for (const target of targets)
      if (federationEdge(prepared, edges, counter, arn, target, assumed) && !nodes.has(arn))
        nodes.set(arn, { id: arn, kind: 'identityProvider', label: host, account });
  }
}

/** The hop from one provider into one role, drawn when permitted or cut (cutHops.ts); whether it was. */
function federationEdge(
  prepared: PreparedScenario,
  edges: EdgeBuilder,
  counter: Counter,
  provider: string,
  target: PreparedPrincipal,
  assumptions: readonly Assumption[],
): boolean {
  const saml = provider.includes(':saml-provider/');
  const action = saml ? 'sts:AssumeRoleWithSAML' : 'sts:AssumeRoleWithWebIdentity';
  const context = saml ? { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } : {};
  const hop = { principal: provider, target, action, context, how: { mfa: false }, denialShown: false };
  const outcome = decideOrCut(prepared, hop, 'trust', counter);
  if (!outcome) return false;
  const edge = edges.fromHops(
    provider,
    target.arn,
    saml ? 'AssumeRoleWithSAML' : 'AssumeRoleWithWebIdentity',
    false,
    [{ action, outcome }],
    { assumptions },
  );
  return edge !== undefined;
}
