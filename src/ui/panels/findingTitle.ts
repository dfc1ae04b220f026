import type { MessageKey } from '../i18n/en';
import type { Translate } from '../i18n/useT';

/** The engine names findings in English; these are their titles in the interface's languages. */
const TITLES: Record<string, MessageKey> = {
  'Anyone can assume this role': 'finding.star',
  'Third-party trust without ExternalId': 'finding.thirdParty',
  'Trust to a whole account without conditions': 'finding.wholeAccount',
  'GitHub OIDC trust without a sub condition': 'finding.githubNoSub',
  'Web identity trust without a sub condition': 'finding.oidcNoSub',
  'Wildcard in a web identity sub condition': 'finding.wildcardSub',
  'Pod Identity trust without namespace or service account conditions': 'finding.podIdentityOpen',
  'Managed policy not in the scenario': 'finding.unknownPolicy',
  'Path from outside the organization to an administrator-level role': 'finding.outsideAdmin',
  'Path from an account not known to be in your organization to an administrator-level role':
    'finding.maybeOutsideAdmin',
  'Group not in the scenario': 'finding.groupNotImported',
  'Trust names a principal that no longer exists': 'finding.deletedPrincipal',
  'Trust names a principal missing from the scenario': 'finding.principalNotImported',
};

export function findingTitle(title: string, t: Translate): string {
  const key = TITLES[title];
  if (key) return t(key);
  const broken = /^Configured (\w+) that cannot work$/.exec(title);
  return broken ? t('finding.broken', { kind: broken[1] ?? '' }) : title;
}
