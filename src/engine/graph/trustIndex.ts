/**
 * Who each trust policy could possibly let in, read from its Allow statements: the pairs worth
 * evaluating. A role whose trust names account 1111 is only tried with callers from 1111; a caller
 * named by ARN only with that caller. This pruning is what keeps large organisations fast.
 */
import type { PreparedPrincipal } from './prepareScenario';

export interface TrustNames {
  accounts: Set<string>;
  /** `account/name` of roles and the ARNs of users and sessions named directly. */
  roles: Set<string>;
  /** Role ARNs named directly (to probe roles outside the scenario as themselves). */
  roleArns: Set<string>;
  arns: Set<string>;
  star: boolean;
  services: Set<string>;
  federated: Set<string>;
  /** Statements with NotPrincipal allow almost anyone: treat like `*`. */
  notPrincipal: boolean;
}

const assumeActions = ['sts:AssumeRole', 'sts:AssumeRoleWithWebIdentity', 'sts:AssumeRoleWithSAML'];

export function trustNames(role: PreparedPrincipal): TrustNames {
  const names: TrustNames = {
    accounts: new Set(),
    roles: new Set(),
    roleArns: new Set(),
    arns: new Set(),
    star: false,
    services: new Set(),
    federated: new Set(),
    notPrincipal: false,
  };
  for (const statement of role.trust?.statements ?? []) {
    if (statement.effect !== 'Allow') continue;
    const actions = statement.actions.map((a) => a.test);
    const concernsAssume = assumeActions.some((action) =>
      statement.actionElement === 'Action' ? actions.some((m) => m(action)) : !actions.some((m) => m(action)),
    );
    if (!concernsAssume) continue;
    if (statement.principalElement === 'NotPrincipal') {
      names.notPrincipal = true;
      continue;
    }
    for (const p of statement.principals) {
      switch (p.kind) {
        case 'star':
          names.star = true;
          break;
        case 'account':
          names.accounts.add(p.account);
          break;
        case 'role':
          names.roles.add(`${p.account}/${p.name}`);
          names.roleArns.add(p.source.value);
          names.accounts.add(p.account);
          break;
        case 'user':
        case 'session':
        case 'federatedSession':
          names.arns.add(p.arn);
          names.accounts.add(p.arn.split(':')[4] ?? '');
          break;
        case 'service':
          names.services.add(p.name);
          break;
        case 'federated':
          names.federated.add(p.provider);
          break;
        default:
          break;
      }
    }
  }
  return names;
}

/** Whether `caller` could be matched by the trust's principals at all (before conditions). */
export function mayName(names: TrustNames, caller: PreparedPrincipal): boolean {
  if (names.star || names.notPrincipal) return true;
  return names.accounts.has(caller.account);
}
