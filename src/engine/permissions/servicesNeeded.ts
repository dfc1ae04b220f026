/**
 * Which services of the catalogue a scenario's effective permissions can touch: those some Allow of
 * an identity, resource or trust policy names. Only Allow statements bring candidates (Denies, SCPs
 * and RCPs only take away), so the worker loads just those services' data, unless a statement names
 * actions of every service (`*`, a wildcard prefix, NotAction).
 */
import type { CompiledPolicy } from '../evaluate/compilePolicy';
import type { PreparedScenario } from '../graph/analysis/prepareScenario';
import { hasWildcard } from '../match/wildcard';

export function servicesNeeded(prepared: PreparedScenario): ReadonlySet<string> | 'all' {
  const services = new Set<string>();
  const policies: CompiledPolicy[] = [...prepared.resourcePolicies.values()];
  for (const p of prepared.principals.values()) {
    policies.push(...p.identityPolicies);
    if (p.trust) policies.push(p.trust);
  }
  for (const policy of new Set(policies.map((p) => p.statements)))
    for (const statement of policy) {
      if (statement.effect !== 'Allow') continue;
      if (statement.actionElement === 'NotAction') return 'all';
      for (const pattern of statement.actionPatterns) {
        const colon = pattern.indexOf(':');
        const prefix = colon < 0 ? '*' : pattern.slice(0, colon).toLowerCase();
        if (hasWildcard(prefix)) return 'all';
        services.add(prefix);
      }
    }
  return services;
}
