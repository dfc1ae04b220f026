import { describe, expect, it } from 'vitest';
import { sessionLimitText } from './sessionLimitText';
import { translator } from './translate';

describe('sessionLimitText', () => {
  const limit = {
    profile: 'terraform:aws.deploy',
    policies: ['profile:terraform:aws.deploy#session', 'arn:aws:iam::aws:policy/ReadOnlyAccess'],
  };

  it('names the inline session policy by what it is and managed ones by name, in each language', () => {
    expect(sessionLimitText(limit, translator('en'))).toBe(
      'limited by the session policies profile terraform:aws.deploy passed (inline, ReadOnlyAccess): only what they and the role both allow',
    );
    expect(sessionLimitText(limit, translator('zh-Hans'))).toContain('内联, ReadOnlyAccess');
    expect(sessionLimitText(limit, translator('zh-Hant'))).toContain('內嵌, ReadOnlyAccess');
  });
});
