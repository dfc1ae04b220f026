import { useMemo } from 'react';
import { listDocuments } from '../../model/documents';
import { useAppStore } from '../../state/StoreProvider';
import { testIds } from '../testIds';

export function Inspector() {
  const scenario = useAppStore((s) => s.scenario);
  const selectedNodeId = useAppStore((s) => s.selectedNodeId);
  const openDocument = useAppStore((s) => s.openDocument);
  const lints = useAppStore((s) => s.lints);
  const documents = useMemo(
    () => listDocuments(scenario).filter((ref) => ref.ownerId === selectedNodeId),
    [scenario, selectedNodeId],
  );
  const role = (scenario.roles ?? []).find((r) => r.arn === selectedNodeId);
  const instance = (scenario.instances ?? []).find((i) => selectedNodeId?.endsWith(`:instance/${i.id}`));
  const account = scenario.accounts.find((a) => a.id === selectedNodeId);

  return (
    <aside className="inspector" data-testid={testIds.inspector} aria-label="Inspector">
      <h2 className="panel-heading">Inspector</h2>
      {!selectedNodeId && <p className="muted">Select a node in the graph to see its documents.</p>}
      {selectedNodeId && (
        <>
          <p className="inspector__title" data-testid={testIds.inspectorTitle}>
            {role?.arn ?? instance?.id ?? account?.name ?? selectedNodeId}
          </p>
          {role?.description && <p>{role.description}</p>}
          {instance && (
            <dl className="inspector__facts">
              <dt>Instance profile</dt>
              <dd>{instance.instanceProfileArn}</dd>
              <dt>Role</dt>
              <dd>{instance.roleArn}</dd>
            </dl>
          )}
          {account && <p>Account {account.id}</p>}
          {documents.length > 0 && <h3 className="panel-subheading">Documents</h3>}
          <ul className="inspector__documents">
            {documents.map((ref) => {
              const problems = lints[ref.id]?.diagnostics.length ?? 0;
              return (
                <li key={ref.id}>
                  <button
                    type="button"
                    className="link-button"
                    data-testid={testIds.inspectorDocument(ref.id)}
                    onClick={() => openDocument(ref.id)}
                  >
                    {ref.label}
                  </button>
                  {problems > 0 && <span className="badge badge--warning">{problems}</span>}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </aside>
  );
}
