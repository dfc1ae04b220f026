import type { GraphNode } from '../../engine';
import { removeResourcePolicy, setResourcePolicy } from '../../model/editScenarioPolicies';
import { resourcePolicyTemplate } from '../../model/editScenarioResource';
import { useAppStoreApi } from '../../state/StoreProvider';
import { useResource } from '../../state/selectors/scenario';
import { useT } from '../i18n/useT';
import { testIds } from '../testIds';

/**
 * A resource's own policy: write one from a template when it has none (it opens in the editor), or
 * delete it. Each is one undoable step.
 */
export function ResourcePolicyPanel({ node }: { node: GraphNode }) {
  const t = useT();
  const store = useAppStoreApi();
  const resource = useResource(node.id);
  if (!resource) return null;
  const documentId = `${resource.arn}#policy`;
  const write = () => {
    const state = store.getState();
    state.changeScenario(setResourcePolicy(state.scenario, resource.arn, resourcePolicyTemplate(resource)));
    state.openDocument(documentId);
  };
  const remove = () => {
    const state = store.getState();
    state.changeScenario(removeResourcePolicy(state.scenario, resource.arn));
    state.closeDocument(documentId);
  };
  return (
    <section data-testid={testIds.resourcePolicy}>
      <h4>{t('resourcePolicy.title')}</h4>
      {resource.policy === undefined ? (
        <>
          <p className="muted small">{t('resourcePolicy.none')}</p>
          <button type="button" onClick={write}>
            {t('resourcePolicy.write')}
          </button>
        </>
      ) : (
        <button type="button" onClick={remove}>
          {t('resourcePolicy.delete')}
        </button>
      )}
    </section>
  );
}
