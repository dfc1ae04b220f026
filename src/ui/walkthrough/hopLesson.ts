/**
 * What the walk-through shows for one hop: the request, the (simulated) credentials that come back,
 * and what a person would type. Pure, so it is tested in Node.
 */
import type { GraphEdge, GraphNode, HopRecord } from '../../engine';
import { hopRequest } from '../../engine/pageIndex';
import type { MessageKey } from '../../i18n/en';
import { pseudoRandom, simulatedCredentials, type SimulatedCredentials } from './simulatedCredentials';

/** Text a learner could paste, each labelled by what it is (`walk.snippet.<kind>`). */
export type SnippetKind = 'cli' | 'sdkCall' | 'env' | 'podEnv' | 'profile' | 'podSpec' | 'annotation';

export interface Snippet {
  kind: SnippetKind;
  text: string;
}

export interface HopLesson {
  edge: GraphEdge;
  from: GraphNode | undefined;
  to: GraphNode | undefined;
  request: HopRecord | undefined;
  durationSeconds: number | undefined;
  credentials: SimulatedCredentials | undefined;
  snippets: Snippet[];
  note: MessageKey | undefined;
}

const roleName = (arn: string) => arn.slice(arn.lastIndexOf('/') + 1);
const accountOf = (arn: string) => arn.split(':')[4] ?? '';

function sessionNameFor(edge: GraphEdge, from: GraphNode | undefined): string {
  if (from?.kind === 'ec2Instance') return from.id.slice(from.id.lastIndexOf('/') + 1);
  if (from?.kind === 'user') return from.label;
  if (edge.kind === 'AssumeRoleWithWebIdentity') return 'botocore-session-1700000000';
  if (edge.kind === 'PodIdentity') return `eks-${pseudoRandom(edge.id, 10).toLowerCase()}`;
  if (edge.kind === 'ExecutionRole') return from?.label ?? 'function';
  return `trustscope-hop-${pseudoRandom(edge.id, 6).toLowerCase()}`;
}

function condition(edge: GraphEdge, label: string): string | undefined {
  return edge.conditions.find((c) => c.label === label)?.values[0];
}

const IRSA_TOKEN = '/var/run/secrets/eks.amazonaws.com/serviceaccount/token';
const POD_IDENTITY_ENV = `export AWS_CONTAINER_CREDENTIALS_FULL_URI=http://169.254.170.23/v1/credentials
export AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE=/var/run/secrets/pods.eks.amazonaws.com/serviceaccount/eks-pod-identity-token`;
const POD_IDENTITY_CALL = `curl -H "Authorization: $(cat $AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE)" $AWS_CONTAINER_CREDENTIALS_FULL_URI`;
const IMDS_TOKEN = `TOKEN=$(curl -s -X PUT http://169.254.169.254/latest/api/token -H "X-aws-ec2-metadata-token-ttl-seconds: 21600")`;
const IMDS_CREDENTIALS = `curl -s -H "X-aws-ec2-metadata-token: $TOKEN" \\
  http://169.254.169.254/latest/meta-data/iam/security-credentials/`;

export function buildHopLesson(
  edge: GraphEdge,
  nodes: ReadonlyMap<string, GraphNode>,
  previousProfile: string | undefined,
  durationSeconds: number | undefined,
  now: number,
): HopLesson {
  const from = nodes.get(edge.from);
  const to = nodes.get(edge.to);
  const first = edge.decisions[0];
  const lesson: HopLesson = {
    edge,
    from,
    to,
    request: first ? hopRequest(edge, first) : undefined,
    durationSeconds,
    credentials: undefined,
    snippets: [],
    note: undefined,
  };
  if (edge.kind === 'RunsAs') {
    const sa = to?.label.split('/')[1] ?? '';
    lesson.snippets.push({ kind: 'podSpec', text: `spec:\n  serviceAccountName: ${sa}` });
    lesson.note = 'walk.note.runsAs';
    return lesson;
  }
  if (to?.kind !== 'role') return lesson;
  const session = sessionNameFor(edge, from);
  lesson.credentials = simulatedCredentials(to.id, session, durationSeconds ?? 3600, now);
  const add = (kind: SnippetKind, text: string) => lesson.snippets.push({ kind, text });
  const keys = lesson.credentials.Credentials;
  const credentialsEnv = [
    `export AWS_ACCESS_KEY_ID=${keys.AccessKeyId}`,
    `export AWS_SECRET_ACCESS_KEY=${keys.SecretAccessKey}`,
    `export AWS_SESSION_TOKEN=${keys.SessionToken}`,
  ].join('\n');
  switch (edge.kind) {
    case 'AssumeRole':
      add('cli', assumeRoleCommand(edge, from, to, session, durationSeconds));
      add('env', credentialsEnv);
      add('profile', assumeRoleProfile(edge, from, to, session, previousProfile));
      break;
    case 'AssumeRoleWithWebIdentity':
      webIdentitySnippets(lesson, from, to, session, credentialsEnv);
      break;
    case 'PodIdentity':
      add('podEnv', POD_IDENTITY_ENV);
      add('sdkCall', POD_IDENTITY_CALL);
      lesson.note = 'walk.note.podIdentity';
      break;
    case 'InstanceProfile':
      add('sdkCall', `${IMDS_TOKEN}\n${IMDS_CREDENTIALS}${roleName(to.id)}`);
      lesson.note = 'walk.note.instance';
      break;
    case 'ExecutionRole':
      lesson.note = 'walk.note.execution';
      break;
    case 'CliProfile':
      add('cli', `aws sts get-caller-identity --profile ${from?.label ?? 'default'}`);
      lesson.note = 'walk.note.profile';
      break;
    case 'AssumeRoleWithSAML':
      add(
        'cli',
        `aws sts assume-role-with-saml --role-arn ${to.id} \\\n  --principal-arn ${edge.from} \\\n  --saml-assertion file://assertion.b64`,
      );
      lesson.note = 'walk.note.saml';
      break;
  }
  return lesson;
}

function assumeRoleCommand(
  edge: GraphEdge,
  from: GraphNode | undefined,
  to: GraphNode,
  session: string,
  durationSeconds: number | undefined,
): string {
  const externalId = condition(edge, 'ExternalId');
  return [
    `aws sts assume-role --role-arn ${to.id} --role-session-name ${session}`,
    durationSeconds !== undefined && durationSeconds !== 3600
      ? `  --duration-seconds ${durationSeconds}`
      : '',
    externalId !== undefined ? `  --external-id ${externalId}` : '',
    needsMfa(edge, from) ? `  --serial-number ${mfaSerial(edge, from)} --token-code 123456` : '',
  ]
    .filter(Boolean)
    .join(' \\\n');
}

function assumeRoleProfile(
  edge: GraphEdge,
  from: GraphNode | undefined,
  to: GraphNode,
  session: string,
  previousProfile: string | undefined,
): string {
  const externalId = condition(edge, 'ExternalId');
  const source =
    from?.kind === 'role' && previousProfile === 'instance'
      ? 'credential_source = Ec2InstanceMetadata'
      : `source_profile = ${previousProfile ?? (from?.kind === 'user' ? from.label : 'default')}`;
  return [
    `[profile to-${roleName(to.id)}]`,
    `role_arn = ${to.id}`,
    source,
    `role_session_name = ${session}`,
    externalId !== undefined ? `external_id = ${externalId}` : '',
    needsMfa(edge, from) ? `mfa_serial = ${mfaSerial(edge, from)}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

const needsMfa = (edge: GraphEdge, from: GraphNode | undefined) =>
  edge.conditions.some((c) => c.label === 'MFA') && from?.kind === 'user';
const mfaSerial = (edge: GraphEdge, from: GraphNode | undefined) =>
  `arn:aws:iam::${accountOf(edge.from)}:mfa/${from?.label ?? 'device'}`;

/**
 * A web identity hop. From a service account (IRSA) it happens inside the pod: the annotation names
 * the role, EKS injects the variables and the SDK makes the call
 * (https://docs.aws.amazon.com/eks/latest/userguide/pod-configuration.html); from another OIDC
 * provider, the learner makes the call and may keep it as a profile.
 */
function webIdentitySnippets(
  lesson: HopLesson,
  from: GraphNode | undefined,
  to: GraphNode,
  session: string,
  credentialsEnv: string,
): void {
  const call = `aws sts assume-role-with-web-identity --role-arn ${to.id} \\\n  --role-session-name ${session} \\\n  --web-identity-token "$(cat $AWS_WEB_IDENTITY_TOKEN_FILE)"`;
  if (from?.kind === 'serviceAccount') {
    lesson.snippets.push(
      { kind: 'annotation', text: `metadata:\n  annotations:\n    eks.amazonaws.com/role-arn: ${to.id}` },
      {
        kind: 'podEnv',
        text: `export AWS_ROLE_ARN=${to.id}\nexport AWS_WEB_IDENTITY_TOKEN_FILE=${IRSA_TOKEN}`,
      },
      { kind: 'sdkCall', text: call },
    );
    lesson.note = 'walk.note.irsa';
    return;
  }
  lesson.snippets.push(
    { kind: 'cli', text: call },
    { kind: 'env', text: credentialsEnv },
    {
      kind: 'profile',
      text: `[profile to-${roleName(to.id)}]\nrole_arn = ${to.id}\nweb_identity_token_file = /path/to/token`,
    },
  );
  lesson.note = 'walk.note.oidc';
}

/** The profile name the next hop's `source_profile` should use. */
export function profileAfter(lesson: HopLesson): string | undefined {
  if (lesson.edge.kind === 'InstanceProfile') return 'instance';
  return lesson.to?.kind === 'role' ? `to-${roleName(lesson.to.id)}` : undefined;
}
