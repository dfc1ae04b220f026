import type { GraphNode, PermissionRow } from '../../../engine';
import { useT } from '../../i18n/useT';
import { useProgressiveList } from '../../lists/useProgressiveList';
import { PermissionRowView } from './PermissionRowView';
import { groupRows, type LevelGroup } from './permissionView';

/** Rows by service, then by access level as the AWS console summarises a policy. */
export function PermissionGroups(props: {
  rows: readonly PermissionRow[];
  nodes: ReadonlyMap<string, GraphNode>;
  showPrincipal: boolean;
  resetKey: string;
}) {
  const t = useT();
  const groups = groupRows(props.rows);
  // A few services open at once; a long list starts folded, each service one line.
  const open = groups.length <= 4;
  return (
    <div className="permissions__groups">
      {groups.map((g) => (
        <details key={g.service} open={open} className="permissions__service">
          <summary>
            <strong>{g.service}</strong> <span className="muted small">{g.actions}</span>
          </summary>
          {g.levels.map((l) => (
            <Level key={l.level} group={l} {...props} title={t(`permissions.level.${l.level}`)} />
          ))}
        </details>
      ))}
    </div>
  );
}

function Level(props: {
  group: LevelGroup;
  title: string;
  nodes: ReadonlyMap<string, GraphNode>;
  showPrincipal: boolean;
  resetKey: string;
}) {
  const shown = useProgressiveList(props.group.rows, props.resetKey);
  return (
    <>
      <h5 className="permissions__level">{props.title}</h5>
      <ul className="plain-list">
        {shown.map((row) => (
          <PermissionRowView
            key={`${row.action}|${row.via.join('>')}|${row.decision}|${row.resources.join(' ')}`}
            row={row}
            nodes={props.nodes}
            showPrincipal={props.showPrincipal}
          />
        ))}
      </ul>
    </>
  );
}
