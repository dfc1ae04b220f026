import type { Assumption, AssumptionCode } from '../../engine';
import type { MessageKey } from '../i18n/en';
import { useT } from '../i18n/useT';
import { testIds } from '../testIds';

/** Each assumption's sentence in the interface's languages, worded from its parameters. */
const TEXTS: Record<AssumptionCode, MessageKey> = {
  'oidc-provider-assumed': 'assumption.oidcProviderAssumed',
  'organization-unknown': 'assumption.organizationUnknown',
  'group-not-imported': 'assumption.groupNotImported',
  'policy-not-imported': 'assumption.policyNotImported',
  'outside-caller-assumed': 'assumption.outsideCallerAssumed',
  'unreadable-document': 'assumption.unreadableDocument',
  'role-not-imported': 'assumption.roleNotImported',
  'profile-signer-unknown': 'assumption.profileSignerUnknown',
  'profile-host-assumed': 'assumption.profileHostAssumed',
};

/** What an edge or finding takes as true that the input does not say, each under its own badge. */
export function AssumptionList({ assumptions }: { assumptions: readonly Assumption[] }) {
  const t = useT();
  if (assumptions.length === 0) return null;
  return (
    <ul className="assumptions" data-testid={testIds.assumptions}>
      {assumptions.map((a) => (
        <li key={`${a.code}|${a.text}`} data-testid={testIds.assumption(a.code)}>
          <span className="badge badge--assumption">{t('assumption.badge')}</span>{' '}
          {t(TEXTS[a.code], a.params)}
        </li>
      ))}
    </ul>
  );
}
