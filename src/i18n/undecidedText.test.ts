import { describe, expect, it } from 'vitest';
import { analyzeScenario, undecidedHops } from '../engine';
import {
  ACCOUNT_A,
  ACCOUNT_B,
  aCliProfile,
  aLambdaFunction,
  aRole,
  aScenario,
  arns,
} from '../model/builders';
import { cliProfileId } from '../model/scenario';
import { LANGUAGES, translator } from './translate';
import { undecidedReachText, undecidedText } from './undecidedText';

const DEPLOY = arns.role(ACCOUNT_A, 'Deploy');
const ELSEWHERE = arns.role(ACCOUNT_B, 'Elsewhere');
const FUNCTION = `arn:aws:lambda:us-east-1:${ACCOUNT_A}:function:report`;
const scenario = aScenario({
  accounts: [{ id: ACCOUNT_A, name: 'Account A' }],
  roles: [aRole(DEPLOY)],
  cliProfiles: [aCliProfile('deploy', { roleArn: DEPLOY, credentialSource: 'Environment' })],
  lambdaFunctions: [aLambdaFunction(FUNCTION, ELSEWHERE)],
});
const analysis = analyzeScenario(scenario);
const [profileHop] = undecidedHops(analysis, cliProfileId('deploy'));
const [functionHop] = undecidedHops(analysis, FUNCTION);
const nameOf = (id: string) => id.slice(id.lastIndexOf('/') + 1);

describe('undecidedText', () => {
  it("words a profile's hop with its session policies, a workload's without", () => {
    const t = translator('en');
    expect(undecidedText(profileHop!, t, nameOf)).toContain("the profile's session can do what Deploy can");
    const workload = undecidedText(functionHop!, t, nameOf);
    expect(workload).toContain(`Not decided: ${ELSEWHERE} is in account ${ACCOUNT_B}`);
    expect(workload).toContain('If it may become Elsewhere, it can do what Elsewhere can.');
    expect(workload).not.toContain('profile');
  });

  it('says, in every language, that what lies behind the hop is not decided, naming both ends', () => {
    for (const language of LANGUAGES) {
      const t = translator(language);
      const from = undecidedReachText(profileHop!, 'from', t, nameOf);
      const into = undecidedReachText(profileHop!, 'into', t, (id) =>
        id === cliProfileId('deploy') ? 'deploy-profile' : id,
      );
      expect(from, language).toContain('Deploy');
      expect(from, language).toContain('Environment');
      expect(into, language).toContain('deploy-profile');
      expect(`${from}${into}`, language).not.toMatch(/\{\w+\}/);
    }
  });
});
