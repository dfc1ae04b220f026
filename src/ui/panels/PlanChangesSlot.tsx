import { lazy } from 'react';
import { usePlanChanges } from '../../state/selectors/analysis';
import { LazyPart } from '../app/LazyPart';

const PlanChanges = lazy(() => import('./PlanChanges').then((m) => ({ default: m.PlanChanges })));

/** Where the panel of what a Terraform plan changes appears, loaded once a plan is imported. */
export function PlanChangesSlot() {
  const changes = usePlanChanges();
  if (!changes) return null;
  return (
    <LazyPart region="plan-changes">
      <PlanChanges changes={changes} />
    </LazyPart>
  );
}
