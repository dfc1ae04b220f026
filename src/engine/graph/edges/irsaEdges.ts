/**
 * IRSA (IAM roles for service accounts): a service account's projected token is exchanged through
 * the IAM OIDC provider of the cluster's issuer for a session of a role whose trust names that
 * provider (https://docs.aws.amazon.com/eks/latest/userguide/iam-roles-for-service-accounts.html).
 * The provider must exist in the role's account
 * (https://docs.aws.amazon.com/eks/latest/userguide/enable-iam-roles-for-service-accounts.html).
 * Whether it does is known only for accounts whose provider list was imported
 * (`identityProviderLists`): a get-account-authorization-details export never holds providers, so
 * elsewhere a missing provider is assumed to exist, and the edge says so.
 */
import { serviceAccountId, type EksClusterSpec } from '../../../model/scenario';
import { assumption, NO_ASSUMPTIONS } from '../analysis/assumptions';
import type { EdgeBuilder } from './edgeBuilder';
import { edgeNote } from './edgeNotes';
import { evaluateHop } from '../hops/evaluateHop';
import { holdsAccountOf, type PreparedPrincipal, type PreparedScenario } from '../analysis/prepareScenario';
import type { Assumption } from '../types';

const OIDC = ':oidc-provider/';

/** What every cluster's IRSA edges look up, made once per run. */
export interface IrsaIndex {
  /** Role ARNs by the OIDC issuer their trust names, in role order. */
  byIssuer: Map<string, string[]>;
  /**
   * The provider a role of `account` would be assumed through, with what that rests on; undefined
   * when the account's provider list was imported and it is not there.
   */
  provider(account: string, issuer: string): { arn: string; assumptions: readonly Assumption[] } | undefined;
}

export function irsaIndex(prepared: PreparedScenario): IrsaIndex {
  const { scenario } = prepared;
  const known = new Set((scenario.identityProviders ?? []).map((p) => p.arn));
  const listed = new Set(scenario.identityProviderLists ?? []);
  const assumed = new Map<string, readonly Assumption[]>();
  return {
    byIssuer: rolesByOidcIssuer(prepared),
    provider(account, issuer) {
      const arn = `arn:aws:iam::${account}:oidc-provider/${issuer}`;
      if (known.has(arn)) return { arn, assumptions: NO_ASSUMPTIONS };
      if (listed.has(account)) return undefined;
      let assumptions = assumed.get(arn);
      if (!assumptions)
        assumed.set(
          arn,
          (assumptions = Object.freeze([assumption('oidc-provider-assumed', { account, issuer })])),
        );
      return { arn, assumptions };
    },
  };
}

/**
 * Roles by the OIDC issuer their trust names, in role order: one pass over the roles instead of one
 * per cluster (hundreds of clusters times a hundred thousand roles otherwise).
 */
function rolesByOidcIssuer(prepared: PreparedScenario): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const role of prepared.roles) {
    const issuers = new Set<string>();
    for (const s of role.trust?.statements ?? [])
      for (const p of s.principals)
        if (p.kind === 'federated')
          // Every text after a ":oidc-provider/" is an issuer trustsIssuer would match by suffix.
          for (let at = p.provider.indexOf(OIDC); at >= 0; at = p.provider.indexOf(OIDC, at + 1))
            issuers.add(p.provider.slice(at + OIDC.length));
    for (const issuer of issuers) {
      const list = index.get(issuer);
      if (list) list.push(role.arn);
      else index.set(issuer, [role.arn]);
    }
  }
  return index;
}

/** IRSA: every service account of the cluster against every role trusting the cluster's OIDC provider. */
export function addIrsaEdges(
  prepared: PreparedScenario,
  cluster: EksClusterSpec,
  edges: EdgeBuilder,
  counter: { evaluations: number },
  irsa: IrsaIndex,
): void {
  const issuer = clusterIssuer(cluster);
  const serviceAccounts = cluster.serviceAccounts ?? [];
  const annotated = serviceAccounts.filter((sa) => sa.roleArn);
  if (!issuer) {
    for (const sa of annotated)
      edges.broken(
        serviceAccountId(cluster.arn, sa.namespace, sa.name),
        sa.roleArn ?? '',
        'AssumeRoleWithWebIdentity',
        edgeNote('cluster-no-issuer', { cluster: cluster.arn }),
      );
    return;
  }
  const candidates = new Set([
    ...annotated.map((sa) => sa.roleArn ?? ''),
    // An issuer that itself holds ":oidc-provider/" (never a real one) takes the exact scan.
    ...(issuer.includes(OIDC)
      ? prepared.roles.filter((r) => trustsIssuer(r, issuer)).map((r) => r.arn)
      : (irsa.byIssuer.get(issuer) ?? [])),
  ]);
  for (const roleArn of candidates) {
    const target = prepared.principals.get(roleArn);
    for (const sa of serviceAccounts) {
      const from = serviceAccountId(cluster.arn, sa.namespace, sa.name);
      const configured = sa.roleArn === roleArn;
      if (target?.kind !== 'role') {
        if (configured && !holdsAccountOf(prepared, roleArn))
          edges.undecided(from, roleArn, 'AssumeRoleWithWebIdentity');
        else if (configured)
          edges.broken(
            from,
            roleArn,
            'AssumeRoleWithWebIdentity',
            edgeNote('role-not-in-scenario', { role: roleArn }),
          );
        continue;
      }
      const provider = irsa.provider(target.account, issuer);
      if (!provider) {
        if (configured)
          edges.broken(
            from,
            roleArn,
            'AssumeRoleWithWebIdentity',
            edgeNote('no-oidc-provider', { account: target.account, issuer }),
          );
        continue;
      }
      irsaEdge(prepared, edges, counter, { from, target, issuer, sa, configured, provider });
    }
  }
}

/** The web-identity hop of one service account's token into one role, through `provider`. */
function irsaEdge(
  prepared: PreparedScenario,
  edges: EdgeBuilder,
  counter: { evaluations: number },
  hop: {
    from: string;
    target: PreparedPrincipal;
    issuer: string;
    sa: NonNullable<EksClusterSpec['serviceAccounts']>[number];
    configured: boolean;
    provider: { arn: string; assumptions: readonly Assumption[] };
  },
): void {
  const { from, target, issuer, sa, configured, provider } = hop;
  const context = {
    [`${issuer}:sub`]: `system:serviceaccount:${sa.namespace}:${sa.name}`,
    [`${issuer}:aud`]: sa.audience ?? 'sts.amazonaws.com',
  };
  const fixed = new Set(Object.keys(context).map((k) => k.toLowerCase()));
  const outcome = evaluateHop(
    prepared,
    {
      principal: provider.arn,
      target,
      action: 'sts:AssumeRoleWithWebIdentity',
      context,
      how: { mfa: false, fixed },
      denialShown: configured,
    },
    counter,
  );
  edges.fromHops(
    from,
    target.arn,
    'AssumeRoleWithWebIdentity',
    configured,
    [{ action: 'sts:AssumeRoleWithWebIdentity', outcome }],
    { assumptions: provider.assumptions },
  );
}

/** A cluster's OIDC issuer as providers name it (without `https://`). */
export function clusterIssuer(cluster: Pick<EksClusterSpec, 'oidcIssuer'>): string | undefined {
  return cluster.oidcIssuer?.replace(/^https:\/\//, '');
}

/** Whether some statement of the role's trust names the issuer's provider as Federated principal. */
export function trustsIssuer(role: PreparedPrincipal, issuer: string): boolean {
  return (role.trust?.statements ?? []).some((s) =>
    s.principals.some((p) => p.kind === 'federated' && p.provider.endsWith(`:oidc-provider/${issuer}`)),
  );
}
