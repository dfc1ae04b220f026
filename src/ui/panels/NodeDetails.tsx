import { useMemo, useState } from 'react';
import type { EvaluationResult, GraphNode } from '../../engine';
import { useAction } from '../../state/selectors/actions';
import { useAnalysis } from '../../state/selectors/analysis';
import { usePathFrom, usePathTo } from '../../state/selectors/selection';
import { useIsCollapsed } from '../../state/selectors/view';
import { useEngine } from '../app/ClientsContext';
import { UserGroups } from '../explorer/groups/UserGroups';
import { RemoveEntityButton } from '../explorer/RemoveEntity';
import { KindIcon } from '../graph/KindIcon';
import { useT } from '../i18n/useT';
import { testIds } from '../testIds';
import { FindingList } from './FindingList';
import { NodePolicies } from './NodePolicies';
import { ProfileSection } from './ProfileSection';
import { ReachSection } from './ReachSection';
import { ResourcePolicyPanel } from './ResourcePolicyPanel';
import { reasonText } from '../../i18n/reasonText';
import { PermissionsPanel } from '../inspector/permissions/PermissionsPanel';

/** Nodes that act, themselves or through the role they become: they have effective permissions. */
const ACTORS = new Set([
  'user',
  'role',
  'ec2Instance',
  'pod',
  'serviceAccount',
  'lambdaFunction',
  'ecsTask',
  'cliProfile',
]);

export function NodeDetails({ node }: { node: GraphNode }) {
  const t = useT();
  const analysis = useAnalysis();
  const lookup = useMemo(() => new Map(analysis?.nodes.map((n) => [n.id, n]) ?? []), [analysis]);
  const findings = useMemo(
    () => analysis?.findings.filter((f) => f.subjects.includes(node.id)) ?? [],
    [analysis, node.id],
  );
  const openDocument = useAction('openDocument');
  const collapsed = useIsCollapsed(node.id);
  const toggleCollapsed = useAction('toggleCollapsed');
  const setFocus = useAction('setFocus');
  const setPathEnds = useAction('setPathEnds');
  const pathFrom = usePathFrom();
  const pathTo = usePathTo();
  const canCollapse = node.kind === 'account' || node.kind === 'eksCluster';

  return (
    <div className="node-details">
      <h3 className="inspector__title" data-testid={testIds.inspectorTitle}>
        <KindIcon kind={node.kind} /> {node.label}
      </h3>
      <p className="mono small">{node.id}</p>
      <p className="muted small">{t(`kind.${node.kind}`)}</p>
      <div className="button-row">
        {canCollapse && (
          <button
            type="button"
            data-testid={testIds.inspectorCollapse}
            onClick={() => toggleCollapsed(node.id)}
          >
            {collapsed ? t('inspector.expand') : t('inspector.collapse')}
          </button>
        )}
        <button
          type="button"
          data-testid={testIds.inspectorFocus}
          onClick={() => setFocus({ id: node.id, hops: 2 })}
        >
          {t('inspector.focus')}
        </button>
        <button type="button" onClick={() => setPathEnds(node.id, pathTo)}>
          {t('inspector.pathFrom')}
        </button>
        <button type="button" onClick={() => setPathEnds(pathFrom, node.id)}>
          {t('inspector.pathTo')}
        </button>
        <RemoveEntityButton key={node.id} node={node} />
      </div>
      {node.documents && node.documents.length > 0 && (
        <>
          <h4>{t('inspector.documents')}</h4>
          <ul className="plain-list">
            {node.documents.map((id) => (
              <li key={id}>
                <button
                  type="button"
                  className="link-button"
                  data-testid={testIds.inspectorDocument(id)}
                  onClick={() => openDocument(id)}
                >
                  {id.slice(id.lastIndexOf('#') + 1) || id}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {(node.kind === 'user' || node.kind === 'role') && <NodePolicies key={node.id} node={node} />}
      {node.kind === 'cliProfile' && <ProfileSection node={node} />}
      {node.kind === 'resource' && <ResourcePolicyPanel node={node} />}
      {node.kind === 'user' && <UserGroups key={`groups:${node.id}`} userArn={node.id} />}
      {findings.length > 0 && (
        <>
          <h4>{t('inspector.findings')}</h4>
          <FindingList findings={findings} />
        </>
      )}
      <ReachSection node={node} direction="from" lookup={lookup} />
      <ReachSection node={node} direction="into" lookup={lookup} />
      {ACTORS.has(node.kind) && <PermissionsPanel key={`p:${node.id}`} node={node} question="permissions" />}
      {(node.kind === 'resource' || node.kind === 'role') && (
        <PermissionsPanel key={`w:${node.id}`} node={node} question="whoCanAccess" />
      )}
      {(node.kind === 'user' || node.kind === 'role') && (
        <PermissionCheck principal={node.id} title={t('permissions.checkOne')} />
      )}
      {node.kind === 'resource' && (
        // An unsigned request: only the resource's own policy (and RCPs) can allow it.
        <PermissionCheck
          key={node.id}
          principal="anonymous"
          title={t('inspector.anonymous')}
          resource={node.id.startsWith('arn:aws:s3:::') ? `${node.id}/*` : node.id}
        />
      )}
    </div>
  );
}

/** "What may this principal do?": one request through the engine, with the reason. */
function PermissionCheck(props: { principal: string; title?: string; resource?: string }) {
  const { principal } = props;
  const t = useT();
  const engine = useEngine();
  const [action, setAction] = useState('s3:GetObject');
  const [resource, setResource] = useState(props.resource ?? '*');
  const [result, setResult] = useState<EvaluationResult | null>(null);
  return (
    <form
      className="permission-check"
      onSubmit={(event) => {
        event.preventDefault();
        engine.call('can', { principal, action, resource }).then(setResult, () => setResult(null));
      }}
    >
      <h4>{props.title ?? t('inspector.permissions')}</h4>
      <label>
        {t('inspector.permissionsAction')}
        <input value={action} onChange={(e) => setAction(e.target.value)} spellCheck={false} />
      </label>
      <label>
        {t('inspector.permissionsResource')}
        <input value={resource} onChange={(e) => setResource(e.target.value)} spellCheck={false} />
      </label>
      <button type="submit">{t('inspector.permissionsCheck')}</button>
      {result && (
        <p className={`verdict verdict--${result.decision === 'Allowed' ? 'allowed' : 'broken'}`}>
          <strong>{t(`decision.${result.decision}`)}</strong> —{' '}
          <span title={result.explanation}>{reasonText(result.reason, t)}</span>
        </p>
      )}
    </form>
  );
}
