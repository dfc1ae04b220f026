import type { GraphNode } from '../../engine';
import { profileSection } from '../../model/editScenarioProfiles';
import { useCliProfile } from '../../state/selectors/scenario';
import { useT } from '../i18n/useT';
import { testIds } from '../testIds';

/** A CLI profile's node shows the lines of ~/.aws/config it stands for, and how the CLI uses them. */
export function ProfileSection({ node }: { node: GraphNode }) {
  const t = useT();
  const profile = useCliProfile(node.id);
  if (!profile) return null;
  return (
    <section data-testid={testIds.profileSection}>
      <h4>{t('inspector.profileSection')}</h4>
      <pre className="code code--wrap">{profileSection(profile)}</pre>
      <p className="muted small">{t('inspector.profileHint', { name: profile.name })}</p>
    </section>
  );
}
