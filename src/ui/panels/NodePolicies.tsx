import type { GraphNode } from '../../engine';
import {
  detachManagedPolicy,
  removeInlinePolicy,
  setPermissionsBoundary,
} from '../../model/editScenarioPolicies';
import type { Scenario } from '../../model/scenario';
import { useAppStoreApi } from '../../state/StoreProvider';
import { useAction } from '../../state/selectors/actions';
import { useIsPrincipal, useManagedPolicies, usePolicyHolder } from '../../state/selectors/scenario';
import { useT } from '../i18n/useT';
import { testIds } from '../testIds';
import { AddPolicyForm } from './AddPolicyForm';

/** The inspector's policy panel of a user or role node. */
export function NodePolicies({ node }: { node: GraphNode }) {
  const t = useT();
  const isPrincipal = useIsPrincipal(node.id);
  if (!isPrincipal) return null;
  return (
    <section className="node-policies" data-testid={testIds.nodePolicies}>
      <h4>{t('policies.title')}</h4>
      <HolderPolicies holderArn={node.id} empty={t('policies.none')} />
    </section>
  );
}

/**
 * A user's, role's or group's permission policies: its inline policies, the managed policies
 * attached to it and (users and roles) its permissions boundary, each to open, detach or delete;
 * and a form to write or attach one. Every change is one undoable step, and a written policy opens
 * in the editor.
 */
export function HolderPolicies({ holderArn, empty }: { holderArn: string; empty: string }) {
  const t = useT();
  const store = useAppStoreApi();
  const holder = usePolicyHolder(holderArn);
  const ownPolicies = useManagedPolicies();
  const openDocument = useAction('openDocument');
  if (!holder) return null;

  const apply = (edit: (s: Scenario) => Scenario, open?: string) => {
    const state = store.getState();
    const next = edit(state.scenario);
    state.changeScenario(next);
    if (open) state.openDocument(open);
  };
  // A managed policy only the ARN names (an AWS managed one) has no document here to open.
  const documentLink = (id: string, label: string) =>
    id.includes('#') || (ownPolicies ?? []).some((p) => p.arn === id) ? (
      <button type="button" className="link-button" onClick={() => openDocument(id)}>
        {label}
      </button>
    ) : (
      <span title={id}>{label}</span>
    );
  const inline = holder.inlinePolicies ?? [];
  const managed = holder.managedPolicies ?? [];
  const boundary = 'permissionsBoundary' in holder ? holder.permissionsBoundary : undefined;

  return (
    <>
      {inline.length + managed.length === 0 && !boundary && <p className="muted small">{empty}</p>}
      <ul className="plain-list">
        {inline.map((p) => (
          <li key={`inline/${p.name}`}>
            {documentLink(`${holder.arn}#inline/${p.name}`, p.name)}{' '}
            <span className="muted small">{t('policies.inline')}</span>{' '}
            <button
              type="button"
              className="link-button small"
              onClick={() => apply((s) => removeInlinePolicy(s, holder.arn, p.name))}
            >
              {t('policies.delete')}
            </button>
          </li>
        ))}
        {managed.map((arn) => (
          <li key={arn}>
            {documentLink(arn, arn.slice(arn.lastIndexOf('/') + 1))}{' '}
            <span className="muted small">{t('policies.managed')}</span>{' '}
            <button
              type="button"
              className="link-button small"
              onClick={() => apply((s) => detachManagedPolicy(s, holder.arn, arn))}
            >
              {t('policies.detach')}
            </button>
          </li>
        ))}
        {boundary && (
          <li>
            {documentLink(boundary, boundary.slice(boundary.lastIndexOf('/') + 1))}{' '}
            <span className="muted small">{t('policies.boundary')}</span>{' '}
            <button
              type="button"
              className="link-button small"
              onClick={() => apply((s) => setPermissionsBoundary(s, holder.arn, undefined))}
            >
              {t('policies.clear')}
            </button>
          </li>
        )}
      </ul>
      <AddPolicyForm holder={holder} onApply={apply} />
    </>
  );
}
