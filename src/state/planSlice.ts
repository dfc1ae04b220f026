import type { StateCreator } from 'zustand';
import type { PlanChanges } from '../worker/planChanges';
import type { AppState } from './store';

/**
 * What the Terraform plan imported last changes (worker/planChanges.ts): shown until the user
 * dismisses it or opens another scenario. Not saved: a reload forgets it.
 */
export interface PlanSlice {
  planChanges: PlanChanges | null;
  setPlanChanges: (changes: PlanChanges | null) => void;
}

export const createPlanSlice: StateCreator<AppState, [], [], PlanSlice> = (set) => ({
  planChanges: null,
  setPlanChanges: (planChanges) => set({ planChanges }),
});
