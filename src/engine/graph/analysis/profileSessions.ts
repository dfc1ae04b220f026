/**
 * What a CLI profile passes with its sts:AssumeRole call besides the role: session policies (its
 * inline one and the managed ones by ARN) and session tags. The session may do only what one of its
 * session policies and the role's own policies both allow; a Deny in either denies
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session). A managed
 * ARN with no document, in the scenario or among AWS's, is unknown and read as allowing nothing, as
 * the validator warns.
 */
import { cliProfileId, type CliProfileSpec } from '../../../model/scenario';
import { compilePolicy, type CompiledPolicy } from '../../evaluate/compilePolicy';
import { assumption, NO_ASSUMPTIONS } from './assumptions';
import { managedLookup, type PreparedScenario } from './prepareScenario';
import type { Assumption } from '../types';

export interface ProfileSession {
  profile: string;
  /** The inline policy first, then each ARN's (an empty one for an unknown ARN); empty when none passed. */
  policies: CompiledPolicy[];
  /** Session tags, by key. */
  tags: Readonly<Record<string, string>>;
  /** The session ARN when the profile names its session: resource policies may name it directly. */
  sessionArn?: string;
  /** One per unknown session policy ARN. */
  assumptions: readonly Assumption[];
}

const cache = new WeakMap<PreparedScenario, Map<string, ProfileSession | undefined>>();

/** The session a profile's call asks for; undefined when it passes no session policy and no tag. */
export function profileSession(prepared: PreparedScenario, name: string): ProfileSession | undefined {
  let byName = cache.get(prepared);
  if (!byName) cache.set(prepared, (byName = new Map<string, ProfileSession | undefined>()));
  if (byName.has(name)) return byName.get(name);
  const spec = (prepared.scenario.cliProfiles ?? []).find((p) => p.name === name);
  const session = spec && sessionOf(prepared, spec);
  byName.set(name, session);
  return session;
}

function sessionOf(prepared: PreparedScenario, spec: CliProfileSpec): ProfileSession | undefined {
  const tags = spec.sessionTags ?? {};
  const arns = spec.sessionPolicyArns ?? [];
  if (spec.sessionPolicy === undefined && arns.length === 0 && Object.keys(tags).length === 0)
    return undefined;
  const policies: CompiledPolicy[] = [];
  const inline = prepared.documents.get(`${cliProfileId(spec.name)}#session`);
  if (inline) policies.push(inline);
  // A passed inline policy that does not compile still limits the session: to nothing.
  else if (spec.sessionPolicy !== undefined)
    policies.push(allowsNothing(`${cliProfileId(spec.name)}#session`));
  const managed = managedLookup(prepared.documents);
  const assumptions: Assumption[] = [];
  for (const arn of arns) {
    const policy = managed(arn, 'session');
    if (policy) policies.push(policy);
    else {
      policies.push(allowsNothing(arn));
      assumptions.push(assumption('session-policy-unknown', { profile: spec.name, policy: arn }));
    }
  }
  const session: ProfileSession = {
    profile: spec.name,
    policies,
    tags,
    assumptions: assumptions.length > 0 ? Object.freeze(assumptions) : NO_ASSUMPTIONS,
  };
  const arn = sessionArnOf(spec);
  if (arn !== undefined && policies.length > 0) session.sessionArn = arn;
  return session;
}

/** arn:aws:sts::ACCOUNT:assumed-role/NAME/SESSION, from the role ARN and role_session_name. */
function sessionArnOf(spec: CliProfileSpec): string | undefined {
  const m = /^arn:([^:]+):iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(spec.roleArn ?? '');
  if (!m || spec.roleSessionName === undefined) return undefined;
  return `arn:${m[1]}:sts::${m[2]}:assumed-role/${m[3]}/${spec.roleSessionName}`;
}

/** A session policy with no statement, named by its document: the session it limits can do nothing. */
function allowsNothing(documentId: string): CompiledPolicy {
  return compilePolicy(
    { version: '2012-10-17', statements: [] },
    'session',
    documentId.slice(documentId.lastIndexOf('/') + 1),
    [],
    documentId,
  );
}
