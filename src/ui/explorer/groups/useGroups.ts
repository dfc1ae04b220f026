import { useMemo } from 'react';
import { membersOf } from '../../../model/editScenarioGroups';
import { accountOfArn, roleNameFromArn, type UserSpec } from '../../../model/scenario';
import { useScenario } from '../../../state/selectors/scenario';

/** The group's members and the users of its account who could join it. */
export function useGroupMembers(groupArn: string): { members: UserSpec[]; candidates: UserSpec[] } {
  const scenario = useScenario();
  return useMemo(() => {
    const members = membersOf(scenario, groupArn);
    const account = accountOfArn(groupArn);
    const candidates = (scenario.users ?? []).filter(
      (u) => accountOfArn(u.arn) === account && !members.includes(u),
    );
    return { members, candidates };
  }, [scenario, groupArn]);
}

/** The short name an ARN ends with (a group's, a user's). */
export const nameOf = (arn: string) => roleNameFromArn(arn);
