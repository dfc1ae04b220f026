import type { Scenario } from './scenario';

/** A scenario with nothing in it yet: where building one from scratch starts. */
export function blankScenario(name: string): Scenario {
  return { version: 1, name, accounts: [] };
}
