/**
 * Effective permissions and who can reach a resource, in English: the command line and the
 * inspector's panels. Kept apart from en.ts so the block merges as one line there.
 */
export const permissionsEn = {
  'permissions.title': 'Effective permissions',
  'permissions.whoTitle': 'Who can reach this',
  'permissions.decision.Allowed': 'Allowed',
  'permissions.decision.Conditional': 'Allowed under conditions',
  'permissions.decision.ExplicitlyDenied': 'Explicitly denied',
  'permissions.level.List': 'List',
  'permissions.level.Read': 'Read',
  'permissions.level.Write': 'Write',
  'permissions.level.Permissions management': 'Permissions management',
  'permissions.level.Tagging': 'Tagging',
  'permissions.itself': 'as itself',
  'permissions.via': 'via {chain}',
  'permissions.if': 'only if the request brings {conditions}',
  'permissions.chainIf': 'the chain holds only if the caller brings {conditions}',
  'permissions.sessionLimited':
    'limited by the session policies profile {profile} passed ({policies}): only what they and the role both allow',
  'permissions.none': 'Nothing: no policy of the scenario lets it act.',
  'permissions.undecided':
    "Nothing is listed. {why} If those credentials may assume {target}, the profile's session can do what {target} can, within the profile's session policies.",
  'permissions.undecidedWorkload':
    'Nothing is listed. {why} If it may become {target}, it can do what {target} can.',
  'permissions.search': 'Search actions, resources, chains',
  'permissions.allServices': 'All services',
  'permissions.allLevels': 'All access levels',
  'permissions.allDecisions': 'All outcomes',
  'permissions.showDenied': 'Show explicit denies',
  'permissions.count': '{actions} action(s) in {services} service(s), {rows} row(s)',
  'permissions.exportCsv': 'CSV',
  'permissions.exportJson': 'JSON',
  'permissions.export': 'Export',
  'permissions.trace': 'Trace',
  'permissions.hideTrace': 'Hide trace',
  'permissions.working': 'Working out… {done} of {total} chain(s)',
  'permissions.moreChains': 'The nearest {shown} of {total} chains are shown.',
  'permissions.unavailable': 'The AWS service reference could not be loaded: {message}',
  'permissions.checkOne': 'Check one action',
  'edgeKind.Access': 'access (a session can act on a resource)',
} as const;

export type PermissionsKey = keyof typeof permissionsEn;
