/**
 * Who each trust policy could possibly let in, read from its Allow statements: the pairs worth
 * evaluating. A role whose trust names account 1111 is only tried with callers from 1111; a caller
 * named by ARN only with that caller. This pruning is what keeps large organisations fast.
 */
import type { CompiledStatement } from '../../evaluate/compilePolicy';
import { actionApplies } from '../../evaluate/evaluatePolicy';
import type { PreparedPrincipal } from '../analysis/prepareScenario';

export interface TrustNames {
  accounts: ReadonlySet<string>;
  /** `account/name` of roles and the ARNs of users and sessions named directly. */
  roles: ReadonlySet<string>;
  /** Role ARNs named directly (to probe roles outside the scenario as themselves). */
  roleArns: ReadonlySet<string>;
  arns: ReadonlySet<string>;
  star: boolean;
  services: ReadonlySet<string>;
  federated: ReadonlySet<string>;
  /** Statements with NotPrincipal allow almost anyone: treat like `*`. */
  notPrincipal: boolean;
}

const assumeActions = ['sts:assumerole', 'sts:assumerolewithwebidentity', 'sts:assumerolewithsaml'];

/** Most of a role's sets are empty; they share this one (an organization has one TrustNames per role). */
const NONE: ReadonlySet<string> = new Set();

/**
 * By trust statements: roles whose trust has the same text share its compiled statements (see
 * prepareScenario's DocumentCache), and so what it names; most of a landing zone's 10k roles have
 * one of a few hundred trust texts.
 */
const namesOf = new WeakMap<readonly unknown[], TrustNames>();

export function trustNames(role: PreparedPrincipal): TrustNames {
  const statements = role.trust?.statements;
  if (!statements) return namesIn([]);
  let names = namesOf.get(statements);
  if (!names) namesOf.set(statements, (names = namesIn(statements)));
  return names;
}

function namesIn(statements: readonly CompiledStatement[]): TrustNames {
  const names = {
    accounts: new Set<string>(),
    roles: new Set<string>(),
    roleArns: new Set<string>(),
    arns: new Set<string>(),
    star: false,
    services: new Set<string>(),
    federated: new Set<string>(),
    notPrincipal: false,
  };
  for (const statement of statements) {
    if (statement.effect !== 'Allow') continue;
    if (!assumeActions.some((action) => actionApplies(statement, action))) continue;
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
  const shared = (set: Set<string>) => (set.size === 0 ? NONE : set);
  return {
    accounts: shared(names.accounts),
    roles: shared(names.roles),
    roleArns: shared(names.roleArns),
    arns: shared(names.arns),
    star: names.star,
    services: shared(names.services),
    federated: shared(names.federated),
    notPrincipal: names.notPrincipal,
  };
}

/** Whether `caller` could be matched by the trust's principals at all (before conditions). */
export function mayName(names: TrustNames, caller: PreparedPrincipal): boolean {
  if (names.star || names.notPrincipal) return true;
  return names.accounts.has(caller.account);
}
