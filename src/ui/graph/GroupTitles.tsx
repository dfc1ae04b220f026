import { memo, useMemo } from 'react';
import { ViewportPortal } from '@xyflow/react';
import { useT } from '../i18n/useT';
import { useFar } from './farZoom';
import { KindIcon } from './KindIcon';
import { testIds } from '../testIds';
import type { FlowNode, GroupNodeData } from './toFlow';
import { absolutePlaces } from './viewport';

interface TitlePlace {
  id: string;
  data: GroupNodeData;
  x: number;
  y: number;
  width: number;
}

/** Each group's box, in flow coordinates, for its title. */
export function titlePlaces(nodes: readonly FlowNode[]): TitlePlace[] {
  const absolute = absolutePlaces(nodes);
  return nodes.flatMap((node) =>
    node.type === 'container'
      ? [{ id: node.id, data: node.data, ...absolute(node), width: Number(node.style?.width ?? 0) }]
      : [],
  );
}

/**
 * The titles of the groups (accounts, clusters), drawn above the arrows. React Flow draws an arrow
 * into a group's member above the group itself, so a title inside the group's box was crossed by
 * every arrow entering under it; here the arrow passes under the title, which stays readable.
 * Clicks go through to the group or the arrow beneath.
 */
export const GroupTitles = memo(function GroupTitles({ nodes }: { nodes: readonly FlowNode[] }) {
  const t = useT();
  const far = useFar();
  const places = useMemo(() => titlePlaces(nodes), [nodes]);
  if (far) return null;
  return (
    <ViewportPortal>
      {places.map(({ id, data: { node, dimmed }, x, y, width }) => (
        <div
          key={id}
          className={`group-title group-title--${node.kind}${dimmed ? ' is-dimmed' : ''}`}
          data-testid={testIds.groupTitle(id)}
          style={{ transform: `translate(${x}px, ${y}px)`, width }}
          aria-hidden="true"
        >
          <div className="group-title__chip">
            <div className="group-node__title">
              <KindIcon kind={node.kind} size={16} />
              <span>{node.label}</span>
            </div>
            {/* An account named after its id ("Production (777788889999)") does not print the id twice. */}
            {!(node.kind === 'account' && node.label.includes(node.id)) && (
              <div className="group-node__id">
                {node.kind === 'account' ? node.id : t(`kind.${node.kind}`)}
              </div>
            )}
          </div>
        </div>
      ))}
    </ViewportPortal>
  );
});
