import { describe, expect, it } from 'vitest';
import type { PathHop } from '../engine';
import { chainText } from './chainText';
import { translator } from './translate';

const BOB = 'arn:aws:iam::111122223333:user/bob';
const ADMINS = 'arn:aws:iam::111122223333:group/Admins';
const ROLE = 'arn:aws:iam::111122223333:role/deploy';
const POWER = 'arn:aws:iam::111122223333:role/power';
const INSTANCE = 'arn:aws:ec2:us-east-1:111122223333:instance/i-0abc';
const name = (id: string) => id.slice(id.lastIndexOf('/') + 1);

const assume: PathHop = { edge: 'e1', from: BOB, to: ROLE, kind: 'AssumeRole' };
const join: PathHop = {
  edge: 'e2',
  from: BOB,
  to: ADMINS,
  kind: 'Escalation',
  technique: 'iam:AddUserToGroup',
};
/** bob's hops once he has added himself to Admins: his own session with the group's policies. */
const asBob: PathHop = { edge: 'e4', from: ADMINS, to: ROLE, kind: 'AssumeRole', joiner: BOB };
const passAsBob: PathHop = {
  edge: 'e5',
  from: ADMINS,
  to: POWER,
  kind: 'Escalation',
  technique: 'iam:PassRole+ec2:RunInstances',
  joiner: BOB,
};
const ssm: PathHop = {
  edge: 'e3',
  from: ROLE,
  to: POWER,
  kind: 'Escalation',
  technique: 'ssm:SendCommand',
  via: INSTANCE,
};

describe('a path as one line', () => {
  it('plain arrows for trust hops; an escalation names its technique and what it acts through', () => {
    expect(chainText([BOB, ROLE, POWER], [assume, ssm], name, translator('en'))).toBe(
      'bob → deploy —[escalation ssm:SendCommand through i-0abc]→ power',
    );
    expect(chainText([BOB, ADMINS], [join], name, translator('en'))).toBe(
      'bob —[escalation iam:AddUserToGroup]→ Admins',
    );
    expect(chainText([BOB], [], name, translator('en'))).toBe('bob');
  });

  it('in Simplified and Traditional Chinese, the technique id as AWS spells it', () => {
    expect(chainText([BOB, ROLE, POWER], [assume, ssm], name, translator('zh-Hans'))).toBe(
      'bob → deploy —[权限提升 ssm:SendCommand（经由 i-0abc）]→ power',
    );
    expect(chainText([BOB, ADMINS], [join], name, translator('zh-Hant'))).toBe(
      'bob —[權限提升 iam:AddUserToGroup]→ Admins',
    );
  });

  it('a hop from a group names the user that joined it and makes it', () => {
    expect(chainText([BOB, ADMINS, ROLE], [join, asBob], name, translator('en'))).toBe(
      'bob —[escalation iam:AddUserToGroup]→ Admins —[as bob]→ deploy',
    );
    expect(chainText([BOB, ADMINS, POWER], [join, passAsBob], name, translator('en'))).toBe(
      'bob —[escalation iam:AddUserToGroup]→ Admins —[escalation iam:PassRole+ec2:RunInstances, as bob]→ power',
    );
    expect(chainText([BOB, ADMINS, ROLE], [join, asBob], name, translator('zh-Hans'))).toBe(
      'bob —[权限提升 iam:AddUserToGroup]→ Admins —[以 bob 的身份]→ deploy',
    );
    expect(chainText([BOB, ADMINS, POWER], [join, passAsBob], name, translator('zh-Hant'))).toBe(
      'bob —[權限提升 iam:AddUserToGroup]→ Admins —[權限提升 iam:PassRole+ec2:RunInstances，以 bob 的身分]→ power',
    );
  });
});
