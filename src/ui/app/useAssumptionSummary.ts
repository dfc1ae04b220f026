import { useMemo } from 'react';
import { summarizeAssumptions, type AssumptionSummary } from '../../engine';
import { useAppStore } from '../../state/StoreProvider';

/** How many edges and findings of the current analysis rest on assumptions; once per analysis. */
export function useAssumptionSummary(): AssumptionSummary | undefined {
  const analysis = useAppStore((s) => s.analysis);
  return useMemo(() => (analysis ? summarizeAssumptions(analysis) : undefined), [analysis]);
}
