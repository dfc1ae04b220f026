/**
 * The names and versions the command line's JSON outputs carry, each with a JSON Schema in `schema/`
 * (docs/json-outputs.md). A change that would break a script reading an output raises its version.
 */
export const OUTPUT_FORMATS = {
  analysis: { format: 'trustscope.analysis', version: 1 },
  permissions: { format: 'trustscope.permissions', version: 1 },
  whoCanAccess: { format: 'trustscope.who-can-access', version: 1 },
  diff: { format: 'trustscope.diff', version: 1 },
} as const;
