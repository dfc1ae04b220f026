import type { GraphNode } from '../../engine';
import { profileSection } from '../../model/editScenarioProfiles';
import { useCliProfile } from '../../state/selectors/scenario';
import { useT } from '../i18n/useT';
import { testIds } from '../testIds';

/**
 * A CLI profile's node shows the lines of ~/.aws/config it stands for, how the CLI uses them, and the
 * session policies its session passes (no config setting carries them: an SDK's or Terraform's call does).
 */
export function ProfileSection({ node }: { node: GraphNode }) {
  const t = useT();
  const profile = useCliProfile(node.id);
  if (!profile) return null;
  // The inline session policy by what it is, managed ones by their ARNs.
  const policies = [
    ...(profile.sessionPolicy !== undefined ? [t('document.session')] : []),
    ...(profile.sessionPolicyArns ?? []),
  ];
  return (
    <section data-testid={testIds.profileSection}>
      <h4>{t('inspector.profileSection')}</h4>
      <pre className="code code--wrap">{profileSection(profile)}</pre>
      <p className="muted small">{t('inspector.profileHint', { name: profile.name })}</p>
      {policies.length > 0 && (
        <p className="small" data-testid={testIds.profileSessionPolicies}>
          {t('inspector.profileSessionPolicies', { policies: policies.join(', ') })}
        </p>
      )}
    </section>
  );
}
