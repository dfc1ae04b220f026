/**
 * What the interface says when something did not work: an editor problem's place, an import that
 * did not finish, a file that is not a scenario, a region that broke, a share link that does not
 * open. Kept apart from en.ts so the block merges as one line there.
 */
export const noticesEn = {
  'editor.problem': '{code} line {line}:{column} {message}',
  'import.cancelled': 'Import cancelled: nothing was changed.',
  'import.failed': 'Import failed: {detail}. Nothing was changed.',
  'import.crashed': 'The worker stopped unexpectedly. It has been restarted. Nothing was changed.',
  'import.crashedWith':
    'The worker stopped unexpectedly: {detail}. It has been restarted. Nothing was changed.',
  'library.notScenario': '{file}: not a scenario',
  'library.invalidScenario': '{file}: {path}: {problem}',
  'regionError.stopped': 'The {region} stopped working: {detail}',
  'regionError.kept': 'Your scenario and everything you typed are kept.',
  'regionError.retry': 'Try again',
  'regionError.region.explorer': 'explorer',
  'regionError.region.graph': 'graph',
  'regionError.region.editor': 'editor',
  'regionError.region.inspector': 'inspector',
  'regionError.region.organization': 'organization',
  'regionError.region.add form': 'add form',
  'regionError.region.groups': 'groups',
  'regionError.region.import': 'import',
  'regionError.region.gallery': 'gallery',
  'regionError.region.walk-through': 'walk-through',
  'regionError.region.plan-changes': 'plan changes',
  'linkError.not-a-link': 'This is not a Trustscope link: it has no "#s=<version>.<codec>.<data>" part.',
  'linkError.unknown-codec':
    'This link is packed with "{codec}", which this version of Trustscope does not know.',
  'linkError.too-new':
    'This link was made by a newer version of Trustscope (link format {version}); update Trustscope to open it.',
  'linkError.corrupt': 'This link is damaged ({detail}); it may have been cut off when it was copied.',
  'linkError.corrupt.no-version': 'format version {version} never existed',
  'linkError.corrupt.characters': 'it contains characters a link of ours never has',
  'linkError.corrupt.unpack': 'the packed data does not unpack',
  'linkError.corrupt.not-json': 'the unpacked data is not JSON',
  'linkError.corrupt.not-object': 'the unpacked data is not an object',
  'linkError.too-large': 'This link unpacks to more than {megabytes} MB, which Trustscope refuses to open.',
  'linkError.invalid-scenario': 'The scenario in this link is not valid: {problems}',
  'linkError.more': '{problems} (+{count} more)',
} as const;

export type NoticeKey = keyof typeof noticesEn;
