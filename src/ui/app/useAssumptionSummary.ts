import { useMemo } from 'react';
import type { AssumptionSummary } from '../../engine';
import { summarizeAssumptions } from '../../engine/pageIndex';
import { useAnalysis } from '../../state/selectors/analysis';

/** How many edges and findings of the current analysis rest on assumptions; once per analysis. */
export function useAssumptionSummary(): AssumptionSummary | undefined {
  const analysis = useAnalysis();
  return useMemo(() => (analysis ? summarizeAssumptions(analysis) : undefined), [analysis]);
}
