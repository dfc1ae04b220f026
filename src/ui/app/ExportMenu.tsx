import { useState } from 'react';
import { getNodesBounds, getViewportForBounds, useReactFlow } from '@xyflow/react';
import { useAppStoreApi } from '../../state/StoreProvider';
import { useT } from '../i18n/useT';
import { testIds } from '../testIds';
import { download } from './download';
import { GRAPH_EXPORTS, useGraphExport } from './useGraphExport';

const MARGIN = 40;

/**
 * Export the whole graph (not just what is on screen) as PNG or SVG, the analysis as JSON, or the
 * graph for BloodHound, Neo4j, Graphviz or Mermaid.
 */
export function ExportMenu() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const { getNodes } = useReactFlow();
  const store = useAppStoreApi();
  const exportGraph = useGraphExport();

  const exportImage = async (format: 'png' | 'svg') => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
    if (!viewport) return;
    const bounds = getNodesBounds(getNodes());
    const width = Math.ceil(bounds.width + MARGIN * 2);
    const height = Math.ceil(bounds.height + MARGIN * 2);
    const { x, y, zoom } = getViewportForBounds(bounds, width, height, 0.1, 2, 0);
    const background =
      getComputedStyle(document.documentElement).getPropertyValue('--bg').trim() || '#ffffff';
    const options = {
      backgroundColor: background,
      width,
      height,
      style: {
        width: `${width}px`,
        height: `${height}px`,
        transform: `translate(${x}px, ${y}px) scale(${zoom})`,
      },
    };
    // Loaded on first export only: most sessions never need it.
    const { toPng, toSvg } = await import('html-to-image');
    const data = format === 'png' ? await toPng(viewport, options) : await toSvg(viewport, options);
    download(`trustscope-graph.${format}`, data);
  };

  const exportJson = () => {
    const { analysis, scenario } = store.getState();
    const blob = new Blob([JSON.stringify({ scenario: scenario.name, analysis }, null, 2)], {
      type: 'application/json',
    });
    download('trustscope-analysis.json', blob);
  };

  return (
    <div className="menu">
      <button
        type="button"
        data-testid={testIds.toolbarExport}
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {t('toolbar.export')}
      </button>
      {open && (
        <div className="menu__items" role="menu">
          <button
            type="button"
            role="menuitem"
            data-testid={testIds.exportPng}
            onClick={() => void exportImage('png').finally(() => setOpen(false))}
          >
            {t('toolbar.exportPng')}
          </button>
          <button
            type="button"
            role="menuitem"
            data-testid={testIds.exportSvg}
            onClick={() => void exportImage('svg').finally(() => setOpen(false))}
          >
            {t('toolbar.exportSvg')}
          </button>
          <button
            type="button"
            role="menuitem"
            data-testid={testIds.exportJson}
            onClick={() => {
              exportJson();
              setOpen(false);
            }}
          >
            {t('toolbar.exportJson')}
          </button>
          {GRAPH_EXPORTS.map(({ format, label, testId }) => (
            <button
              key={format}
              type="button"
              role="menuitem"
              data-testid={testId}
              onClick={() => void exportGraph(format).finally(() => setOpen(false))}
            >
              {t(label)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
