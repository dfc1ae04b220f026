import { useState } from 'react';
import type { PastedPolicy } from '../../importers';
import type { EditProblem } from '../../model/editScenario';
import {
  addInlinePolicy,
  addRootPolicy,
  checkInlinePolicy,
  setResourcePolicy,
  setTrustPolicy,
} from '../../model/editScenarioPolicies';
import type { Scenario } from '../../model/scenario';
import { useAppStoreApi } from '../../state/StoreProvider';
import { useScenario } from '../../state/selectors/scenario';
import { AddForm } from '../explorer/addFormParts';
import { useT } from '../i18n/useT';
import { testIds } from '../testIds';

type Kind = PastedPolicy['kind'];
const KINDS: Kind[] = ['trust', 'identity', 'resource', 'scp', 'rcp'];

/** Where a policy of each kind can go, from the scenario: ARNs to choose from (none for SCPs and RCPs). */
function targetsOf(s: Scenario, kind: Kind): string[] {
  if (kind === 'trust') return (s.roles ?? []).map((r) => r.arn);
  if (kind === 'identity' || kind === 'boundary')
    return [...(s.roles ?? []), ...(s.users ?? [])].map((p) => p.arn);
  if (kind === 'resource') return (s.resources ?? []).map((r) => r.arn);
  return [];
}

/**
 * A policy pasted on its own, to attach: its kind (the import's guess first) and where it goes. A
 * trust policy replaces a role's, a permission policy becomes an inline policy, a resource policy
 * goes on a resource, an SCP or RCP on the organization root. One undoable step, then the policy
 * opens in the editor.
 */
export function AttachPastedPolicy({ pasted, onDone }: { pasted: PastedPolicy; onDone: () => void }) {
  const t = useT();
  const store = useAppStoreApi();
  const scenario = useScenario();
  const [kind, setKind] = useState<Kind>(pasted.kind);
  const [chosen, setChosen] = useState('');
  const [name, setName] = useState('pasted-policy');
  const targets = targetsOf(scenario, kind);
  const target = targets.includes(chosen) ? chosen : (targets[0] ?? '');
  const org = kind === 'scp' || kind === 'rcp';

  const problem: EditProblem | null = org
    ? scenario.organization
      ? null
      : 'noOrganization'
    : !target
      ? kind === 'resource'
        ? 'resourceName'
        : 'unknownPrincipal'
      : kind === 'identity'
        ? checkInlinePolicy(scenario, target, name)
        : null;

  const attach = () => {
    const state = store.getState();
    const { document } = pasted;
    if (kind === 'trust') {
      state.changeScenario(setTrustPolicy(state.scenario, target, document));
      state.openDocument(`${target}#trust`);
    } else if (kind === 'identity' || kind === 'boundary') {
      state.changeScenario(addInlinePolicy(state.scenario, target, { name, document }));
      state.openDocument(`${target}#inline/${name}`);
    } else if (kind === 'resource') {
      state.changeScenario(setResourcePolicy(state.scenario, target, document));
      state.openDocument(`${target}#policy`);
    } else {
      const next = addRootPolicy(state.scenario, kind, name, document);
      state.changeScenario(next);
      const added = next.organization?.policies.at(-1);
      if (added) state.openDocument(`org#${added.id}`);
    }
    onDone();
  };

  return (
    <div className="attach-pasted" data-testid={testIds.attachPasted}>
      <p className="small">{t('paste.found', { file: pasted.file, kind: t(`paste.kind.${pasted.kind}`) })}</p>
      <AddForm problem={problem} onAdd={attach}>
        <label>
          {t('paste.kind')}
          <select
            value={kind}
            data-testid={testIds.attachKind}
            onChange={(e) => setKind(e.target.value as Kind)}
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`paste.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        {!org && (
          <label>
            {t('paste.target')}
            <select
              value={target}
              data-testid={testIds.attachTarget}
              onChange={(e) => setChosen(e.target.value)}
            >
              {targets.map((arn) => (
                <option key={arn} value={arn}>
                  {arn.slice(arn.lastIndexOf('/') + 1) || arn}
                </option>
              ))}
            </select>
          </label>
        )}
        {(kind === 'identity' || org) && (
          <label>
            {t('policies.name')}
            <input value={name} data-testid={testIds.attachName} onChange={(e) => setName(e.target.value)} />
          </label>
        )}
      </AddForm>
    </div>
  );
}
