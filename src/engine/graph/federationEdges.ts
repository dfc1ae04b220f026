/**
 * Identity providers into roles: SAML providers (AssumeRoleWithSAML) and OIDC providers other than
 * EKS clusters' (AssumeRoleWithWebIdentity, e.g. GitHub Actions), whose token claims the outside
 * world chooses, so their `sub`/`aud` conditions become the edge's conditions.
 */
import type { EdgeBuilder } from './edgeBuilder';
import { evaluateHop } from './evaluateHop';
import type { PreparedScenario } from './prepareScenario';
import type { TrustNames } from './trustIndex';

export function addFederationEdges(
  prepared: PreparedScenario,
  names: Map<string, TrustNames>,
  edges: EdgeBuilder,
  counter: { evaluations: number },
): void {
  const eksIssuers = new Set(
    (prepared.scenario.eksClusters ?? []).flatMap((c) =>
      c.oidcIssuer ? [c.oidcIssuer.replace(/^https:\/\//, '')] : [],
    ),
  );
  // Roles by the providers their trust names, in role order: one pass instead of one per provider.
  const byProvider = new Map<string, typeof prepared.roles>();
  for (const target of prepared.roles) {
    for (const provider of names.get(target.arn)?.federated ?? []) {
      const list = byProvider.get(provider);
      if (list) list.push(target);
      else byProvider.set(provider, [target]);
    }
  }
  for (const idp of prepared.scenario.identityProviders ?? []) {
    const saml = idp.arn.includes(':saml-provider/');
    const host = idp.arn.slice(idp.arn.indexOf('/') + 1);
    if (!saml && eksIssuers.has(host)) continue;
    const action = saml ? 'sts:AssumeRoleWithSAML' : 'sts:AssumeRoleWithWebIdentity';
    for (const target of byProvider.get(idp.arn) ?? []) {
      const context = saml ? { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } : {};
      const outcome = evaluateHop(
        prepared,
        { principal: idp.arn, target, action, context, how: { mfa: false }, denialShown: false },
        counter,
      );
      edges.fromHops(idp.arn, target.arn, saml ? 'AssumeRoleWithSAML' : 'AssumeRoleWithWebIdentity', false, [
        { action, outcome },
      ]);
    }
  }
}
