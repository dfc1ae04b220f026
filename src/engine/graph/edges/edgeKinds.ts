import type { EdgeKind } from '../types';

/** Every kind of edge, in the order the app lists them (filters, legend). */
export const EDGE_KINDS: readonly EdgeKind[] = [
  'AssumeRole',
  'AssumeRoleWithWebIdentity',
  'PodIdentity',
  'InstanceProfile',
  'AssumeRoleWithSAML',
  'ExecutionRole',
  'RunsAs',
  'CliProfile',
  'SourceProfile',
  'MemberOf',
  'Escalation',
  'Access',
];
