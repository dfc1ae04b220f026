import { useMemo } from 'react';
import type { AriaLabelConfig } from '@xyflow/react';
import { useT } from '../i18n/useT';

/**
 * React Flow's own words for screen readers (what Enter does on a node or an arrow, the controls,
 * the minimap) in the reader's language; nodes and arrows here open in the inspector rather than
 * being deleted, so the help says that.
 */
export function useGraphAria(): Partial<AriaLabelConfig> {
  const t = useT();
  return useMemo(
    () => ({
      'node.a11yDescription.default': t('graph.a11y.nodeHelp'),
      'node.a11yDescription.keyboardDisabled': t('graph.a11y.nodeHelp'),
      'edge.a11yDescription.default': t('graph.a11y.edgeHelp'),
      'controls.ariaLabel': t('graph.controls'),
      'controls.zoomIn.ariaLabel': t('graph.controls.zoomIn'),
      'controls.zoomOut.ariaLabel': t('graph.controls.zoomOut'),
      'controls.fitView.ariaLabel': t('graph.controls.fitView'),
      'controls.interactive.ariaLabel': t('graph.controls.interactive'),
      'minimap.ariaLabel': t('graph.minimap'),
    }),
    [t],
  );
}
