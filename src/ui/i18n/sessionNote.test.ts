import { describe, expect, it } from 'vitest';
import { analyzeScenario, findPaths } from '../../engine';
import { ec2CrossAccountProfile } from '../../model/gallery/ec2CrossAccountProfile';
import { sessionNoteText } from './sessionNote';
import { translate, type Translate } from './useT';

const tOf =
  (language: 'en' | 'zh-Hans' | 'zh-Hant'): Translate =>
  (key, params) =>
    translate(language, key, params);

describe('the session a path ends in', () => {
  const analysis = analyzeScenario(ec2CrossAccountProfile.scenario);
  const { from, to } = ec2CrossAccountProfile.featuredPath;

  it('says in the learner’s language that role chaining caps it at an hour', () => {
    const [path] = findPaths(analysis, from, to);
    expect(path?.session.notes).toEqual([{ code: 'role-chaining', role: 'RoleForB' }]);
    const note = path?.session.notes[0];
    if (!note) throw new Error('no note');
    expect(sessionNoteText(note, tOf('zh-Hans'))).toBe('RoleForB：角色链把会话限制为最长一小时。');
    expect(sessionNoteText(note, tOf('zh-Hant'))).toBe('RoleForB：角色鏈結把工作階段限制為最長一小時。');
  });

  it('counts a CLI profile signing with a role session as chaining too', () => {
    const [path] = findPaths(analysis, 'profile:account-a-reader', to);
    expect(path?.session).toMatchObject({ chained: true, maxDurationSeconds: 3600 });
  });
});
