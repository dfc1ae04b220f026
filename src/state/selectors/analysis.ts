/** The engine's answers as components read them: one named hook per question. */
import type { GraphEdge } from '../../engine';
import { useShallow } from 'zustand/react/shallow';
import { isReady } from '../readiness';
import { useAppStore } from '../StoreProvider';

export const useAnalysis = () => useAppStore((s) => s.analysis);
export const useFindings = () => useAppStore((s) => s.analysis?.findings);
export const useChanges = () => useAppStore((s) => s.changes);
/** What the Terraform plan imported last changes, until dismissed or another scenario is opened. */
export const usePlanChanges = () => useAppStore((s) => s.planChanges);
export const useAnalysisError = () => useAppStore((s) => s.analysisError);
export const useAnalysisRunning = () => useAppStore((s) => s.analysisRunning);
export const useEngineStatus = () => useAppStore((s) => s.engineStatus);
export const useEngineInfo = () => useAppStore((s) => s.engineInfo);
export const useBusy = () => useAppStore((s) => s.busy);
/** The app's ready signal (readiness.ts). */
export const useIsReady = () => useAppStore(isReady);

/** How many graph nodes an account holds, itself left out. */
export const useMembersInAccount = (accountId: string) =>
  useAppStore(
    (s) => s.analysis?.nodes.filter((n) => n.account === accountId && n.id !== accountId).length ?? 0,
  );

/** The labels of an edge's two ends (their ids when the analysis lacks them). */
export const useEdgeEndLabels = (edge: Pick<GraphEdge, 'from' | 'to'>) =>
  useAppStore(
    useShallow((s) => ({
      from: s.analysis?.nodes.find((n) => n.id === edge.from)?.label ?? edge.from,
      to: s.analysis?.nodes.find((n) => n.id === edge.to)?.label ?? edge.to,
    })),
  );

/** An edge of the latest analysis by its id, when there is one. */
export const useAnalysisEdge = (edgeId: string | undefined) =>
  useAppStore((s) => (edgeId === undefined ? undefined : s.analysis?.edges.find((e) => e.id === edgeId)));
