/** What changed between two analyses, and the review gates that read it. */
export { diffAnalyses, type DiffInput } from './diffAnalyses';
export { administratorRoles, adminReach } from './adminReach';
export { failMatches, SEVERITIES, type FailCondition } from './failOn';
export type * from './types';
export { WIDENING } from './types';
