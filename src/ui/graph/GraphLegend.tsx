import { Panel } from '@xyflow/react';
import { useT } from '../i18n/useT';
import { testIds } from '../testIds';
import type { Mechanism } from './flowWords';
import type { FlowEdge } from './toFlow';

/** A short stretch of arrow drawn with the canvas's own classes, so the legend is what the graph shows. */
function Sample({ kind, state, onPath = false }: { kind: string; state: string; onPath?: boolean }) {
  const flags = onPath ? ' is-on-path' : '';
  return (
    <svg className="graph-legend__sample" width="34" height="12" aria-hidden="true">
      <path
        className={`react-flow__edge-path trust-edge trust-edge--${kind} trust-edge--${state}${flags}`}
        d="M1,6H24"
        fill="none"
      />
      <g className={`trust-edge__marks trust-edge--${kind}${flags}`} data-state={state}>
        <path className="trust-edge__head" d="M33,6L24,10.5L24,1.5Z" />
      </g>
    </svg>
  );
}

/** The mechanisms the graph shows, each once, in the order of their first arrow. */
export function mechanismsIn(edges: readonly FlowEdge[]): { mechanism: Mechanism; kind: string }[] {
  const seen = new Map<Mechanism, string>();
  for (const e of edges)
    if (e.data && !seen.has(e.data.mechanism)) seen.set(e.data.mechanism, e.data.edge.kind);
  return [...seen].map(([mechanism, kind]) => ({ mechanism, kind }));
}

/**
 * What the colours, dashes, marks and badges of the graph mean, folded into its summary until the
 * reader opens it (it would otherwise cover part of a small canvas).
 */
export function GraphLegend({
  mechanisms,
}: {
  mechanisms: readonly { mechanism: Mechanism; kind: string }[];
}) {
  const t = useT();
  return (
    <Panel position="top-right" className="graph-legend nowheel">
      <details data-testid={testIds.graphLegend}>
        <summary>{t('graph.legend')}</summary>
        <p className="graph-legend__heading">{t('graph.legend.kinds')}</p>
        <ul>
          {mechanisms.map(({ mechanism, kind }) => (
            <li key={mechanism}>
              <Sample kind={kind} state="permitted" />
              {t(`graph.edgeLabel.${mechanism}`)}
            </li>
          ))}
        </ul>
        <ul>
          <li>
            <Sample kind="AssumeRole" state="conditional" />
            {t('graph.legend.conditional')}
          </li>
          <li>
            <Sample kind="AssumeRole" state="broken" />
            <span className="badge badge--broken">✕</span> {t('graph.legend.broken')}
          </li>
          <li>
            <Sample kind="AssumeRole" state="undecided" />
            <span className="badge badge--assumption">?</span> {t('graph.legend.undecided')}
          </li>
          <li>
            <Sample kind="AssumeRole" state="permitted" onPath />
            {t('graph.legend.onPath')}
          </li>
          <li>
            <span className="graph-legend__findings" aria-hidden="true">
              {(['low', 'medium', 'high', 'critical'] as const).map((s) => (
                <span key={s} className={`entity-node__findings entity-node__findings--${s}`}>
                  1
                </span>
              ))}
            </span>
            {t('graph.legend.findings')}
          </li>
        </ul>
      </details>
    </Panel>
  );
}
