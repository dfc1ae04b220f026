import { describe, expect, it } from 'vitest';
import '../i18n/everyCatalogue';
import { importProblemText } from '../i18n/importProblemText';
import { importFiles } from './importFiles';

describe('a policy inside an export that is not valid JSON', () => {
  // A GAAD role whose trust policy string was cut short: the parser's own sentence is worded too.
  const gaad = JSON.stringify({
    RoleDetailList: [
      {
        RoleName: 'deploy',
        Arn: 'arn:aws:iam::111122223333:role/deploy',
        AssumeRolePolicyDocument: '{"Version": "2012-10-17", "Statement": [',
      },
    ],
  });

  it('says what the parser found in the reader’s language, with its line and column', () => {
    const { problems } = importFiles([{ name: 'gaad.json', text: gaad }]);
    const problem = problems.find((p) => p.code === 'policy-invalid-json');
    if (!problem) throw new Error('no policy-invalid-json problem');
    const english = importProblemText('en', problem);
    const chinese = importProblemText('zh-Hans', problem);
    expect(english).toBe(problem.message);
    expect(english).toMatch(/end of the document/i);
    expect(chinese).toMatch(/[\u4e00-\u9fff]/);
    expect(chinese).not.toMatch(/end of the document/i);
    expect(chinese).toContain('arn:aws:iam::111122223333:role/deploy');
  });
});
