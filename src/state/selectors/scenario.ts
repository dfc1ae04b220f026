/** The scenario and its documents as components read them: one named hook per question. */
import { holderOf } from '../../model/editScenarioPolicies';
import { cliProfileId, type GroupSpec } from '../../model/scenario';
import { useAppStore } from '../StoreProvider';

const NO_GROUPS: GroupSpec[] = [];

export const useScenario = () => useAppStore((s) => s.scenario);
export const useScenarioAccounts = () => useAppStore((s) => s.scenario.accounts);
export const useManagedPolicies = () => useAppStore((s) => s.scenario.managedPolicies);

/** The scenario's organization, if it has one. */
export const useOrganization = () => useAppStore((s) => s.scenario.organization);
export const useOrgPolicies = () => useAppStore((s) => s.scenario.organization?.policies);
export const useAccountPolicies = () => useAppStore((s) => s.scenario.organization?.accountPolicies);

/** The scenario's IAM groups. */
export const useGroups = (): GroupSpec[] => useAppStore((s) => s.scenario.groups) ?? NO_GROUPS;
/** The groups a user is in, as its spec lists them. */
export const useGroupsOfUser = (userArn: string) =>
  useAppStore((s) => s.scenario.users?.find((u) => u.arn === userArn)?.groups);

/** The role or user that holds policies, by ARN. */
export const usePolicyHolder = (arn: string) => useAppStore((s) => holderOf(s.scenario, arn));
/** Whether a node is a user or a role holding policies (groups hold them too, but are no such node). */
export const useIsPrincipal = (id: string) =>
  useAppStore((s) => holderOf(s.scenario, id) !== undefined && !id.includes(':group/'));
export const useResource = (arn: string) =>
  useAppStore((s) => s.scenario.resources?.find((r) => r.arn === arn));
/** The CLI profile a graph node stands for. */
export const useCliProfile = (nodeId: string) =>
  useAppStore((s) => s.scenario.cliProfiles?.find((p) => cliProfileId(p.name) === nodeId));

/** A document's text as the user left it ('' for none). */
export const useDocumentText = (id: string) => useAppStore((s) => s.documentTexts[id] ?? '');
/** Whether the scenario still has the document (an undo may take it away while its editor is open). */
export const useHasDocument = (id: string) => useAppStore((s) => Object.hasOwn(s.documentTexts, id));

export const useCanUndo = () => useAppStore((s) => s.past.length > 0);
export const useCanRedo = () => useAppStore((s) => s.future.length > 0);
