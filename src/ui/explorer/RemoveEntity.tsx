import { useMemo, useState } from 'react';
import type { GraphNode } from '../../engine';
import { listDocuments } from '../../model/documents';
import { canRemove, removeEntity } from '../../model/editScenario';
import { useAppStoreApi } from '../../state/StoreProvider';
import { useMembersInAccount } from '../../state/selectors/analysis';
import { useScenario } from '../../state/selectors/scenario';
import { useT } from '../i18n/useT';
import { testIds } from '../testIds';

/**
 * The inspector's "Remove" button: takes the node's entity out of the scenario as one undoable
 * step, clears the selection, closes its documents and forgets it as a path end. An account takes
 * everything in it along, so it asks first. Nodes nothing declares (AWS services, principals only a
 * trust policy names) have no button.
 */
export function RemoveEntityButton({ node }: { node: GraphNode }) {
  const t = useT();
  const store = useAppStoreApi();
  const scenario = useScenario();
  const removable = useMemo(() => canRemove(scenario, node.id), [scenario, node.id]);
  const inside = useMembersInAccount(node.id);
  const [confirming, setConfirming] = useState(false);
  if (!removable) return null;

  const remove = () => {
    const state = store.getState();
    const next = removeEntity(state.scenario, node.id);
    if (next === state.scenario) return;
    state.changeScenario(next);
    state.select(null);
    const remaining = new Set(listDocuments(next).map((d) => d.id));
    for (const id of state.openDocuments) if (!remaining.has(id)) store.getState().closeDocument(id);
    if (state.pathFrom === node.id || state.pathTo === node.id) {
      state.setPathEnds(
        state.pathFrom === node.id ? null : state.pathFrom,
        state.pathTo === node.id ? null : state.pathTo,
      );
    }
  };

  if (confirming) {
    return (
      <div role="alertdialog" aria-label={t('inspector.remove')}>
        <p className="small">{t('inspector.removeConfirm', { name: node.label, count: inside })}</p>
        <div className="button-row">
          <button type="button" data-testid={testIds.inspectorRemoveConfirm} onClick={remove}>
            {t('inspector.removeYes')}
          </button>
          <button
            type="button"
            data-testid={testIds.inspectorRemoveCancel}
            onClick={() => setConfirming(false)}
          >
            {t('inspector.removeCancel')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <button
      type="button"
      data-testid={testIds.inspectorRemove}
      onClick={() => (node.kind === 'account' ? setConfirming(true) : remove())}
    >
      {t('inspector.remove')}
    </button>
  );
}
