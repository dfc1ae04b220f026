import { useMemo, useState } from 'react';
import { awsManagedPolicyArns, type GraphNode } from '../../engine';
import {
  addInlinePolicy,
  attachManagedPolicy,
  checkAttach,
  checkInlinePolicy,
  checkManagedPolicy,
  createManagedPolicy,
  customerPolicyArn,
  detachManagedPolicy,
  holderOf,
  permissionPolicyTemplate,
  removeInlinePolicy,
  setPermissionsBoundary,
} from '../../model/editScenarioPolicies';
import type { EditProblem } from '../../model/editScenario';
import type { RoleSpec, Scenario, UserSpec } from '../../model/scenario';
import { useAppStore, useAppStoreApi } from '../../state/StoreProvider';
import { AddForm } from '../explorer/addFormParts';
import { useT } from '../i18n/useT';
import { testIds } from '../testIds';

type Mode = 'inline' | 'newManaged' | 'attach' | 'boundary';
const MODES: Mode[] = ['inline', 'newManaged', 'attach', 'boundary'];

/**
 * A user's or role's permission policies: its inline policies, the managed policies attached to it
 * and its permissions boundary, each to open, detach or delete; and a form to write or attach one.
 * Every change is one undoable step, and a written policy opens in the editor.
 */
export function NodePolicies({ node }: { node: GraphNode }) {
  const t = useT();
  const store = useAppStoreApi();
  const holder = useAppStore((s) => principalOf(s.scenario, node.id));
  const ownPolicies = useAppStore((s) => s.scenario.managedPolicies);
  const openDocument = useAppStore((s) => s.openDocument);
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

  return (
    <section className="node-policies" data-testid={testIds.nodePolicies}>
      <h4>{t('policies.title')}</h4>
      {inline.length + managed.length === 0 && !holder.permissionsBoundary && (
        <p className="muted small">{t('policies.none')}</p>
      )}
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
        {holder.permissionsBoundary && (
          <li>
            {documentLink(
              holder.permissionsBoundary,
              holder.permissionsBoundary.slice(holder.permissionsBoundary.lastIndexOf('/') + 1),
            )}{' '}
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
    </section>
  );
}

function AddPolicyForm({
  holder,
  onApply,
}: {
  holder: UserSpec | RoleSpec;
  onApply: (edit: (s: Scenario) => Scenario, open?: string) => void;
}) {
  const t = useT();
  const scenario = useAppStore((s) => s.scenario);
  const [mode, setMode] = useState<Mode>('inline');
  const [name, setName] = useState('');
  const account = holder.arn.split(':')[4] ?? '';
  const choices = useMemo(
    () => [...(scenario.managedPolicies ?? []).map((p) => p.arn), ...awsManagedPolicyArns],
    [scenario.managedPolicies],
  );
  const [picked, setPicked] = useState('');
  const policyArn = picked || choices[0] || '';

  const problem: EditProblem | null =
    mode === 'inline'
      ? checkInlinePolicy(scenario, holder.arn, name)
      : mode === 'newManaged'
        ? checkManagedPolicy(scenario, account, name)
        : mode === 'attach'
          ? checkAttach(scenario, holder.arn, policyArn)
          : policyArn
            ? null
            : 'policyArn';
  const add = () => {
    const document = permissionPolicyTemplate(account);
    if (mode === 'inline')
      onApply((s) => addInlinePolicy(s, holder.arn, { name, document }), `${holder.arn}#inline/${name}`);
    else if (mode === 'newManaged')
      onApply((s) => createManagedPolicy(s, holder.arn, name, document), customerPolicyArn(account, name));
    else if (mode === 'attach') onApply((s) => attachManagedPolicy(s, holder.arn, policyArn));
    else onApply((s) => setPermissionsBoundary(s, holder.arn, policyArn));
    setName('');
  };

  return (
    <details className="node-policies__add">
      <summary>{t('policies.add')}</summary>
      <AddForm problem={problem} onAdd={add}>
        <label>
          {t('policies.mode')}
          <select
            value={mode}
            data-testid={testIds.policyMode}
            onChange={(e) => setMode(e.target.value as Mode)}
          >
            {MODES.map((m) => (
              <option key={m} value={m}>
                {t(`policies.mode.${m}`)}
              </option>
            ))}
          </select>
        </label>
        {mode === 'inline' || mode === 'newManaged' ? (
          <label>
            {t('policies.name')}
            <input
              value={name}
              data-testid={testIds.policyName}
              onChange={(e) => setName(e.target.value)}
              spellCheck={false}
            />
          </label>
        ) : (
          <label>
            {t('policies.pick')}
            <select
              value={policyArn}
              data-testid={testIds.policyPick}
              onChange={(e) => setPicked(e.target.value)}
            >
              {choices.map((arn) => (
                <option key={arn} value={arn}>
                  {arn.slice(arn.lastIndexOf('/') + 1)}
                  {arn.includes(':aws:policy/') ? ` — ${t('policies.awsManaged')}` : ''}
                </option>
              ))}
            </select>
          </label>
        )}
      </AddForm>
    </details>
  );
}

/** Groups hold policies too, but only users and roles are nodes with this panel. */
function principalOf(s: Scenario, arn: string): UserSpec | RoleSpec | undefined {
  const holder = holderOf(s, arn);
  return holder && !arn.includes(':group/') ? holder : undefined;
}
