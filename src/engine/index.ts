/**
 * The engine's only import surface. Pure TypeScript: runs in Node (tests, CLI, benchmarks) and in the
 * worker, and touches neither the DOM nor the network.
 */
export const engineVersion = '0.1.0';

export type * from './types';
export { parsePolicy, parsePolicyValue } from './policy/parsePolicy';
