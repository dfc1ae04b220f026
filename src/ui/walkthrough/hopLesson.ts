/**
 * What the walk-through shows for one hop: the request, the (simulated) credentials that come back,
 * and what a person would type. Pure, so it is tested in Node.
 */
import type { GraphEdge, GraphNode, HopRecord } from '../../engine';
import { hopRequest } from '../../engine/pageIndex';
import type { MessageKey } from '../../i18n/en';

export interface SimulatedCredentials {
  AssumedRoleUser: { AssumedRoleId: string; Arn: string };
  Credentials: { AccessKeyId: string; SecretAccessKey: string; SessionToken: string; Expiration: string };
}

export interface HopLesson {
  edge: GraphEdge;
  from: GraphNode | undefined;
  to: GraphNode | undefined;
  request: HopRecord | undefined;
  sessionName: string | undefined;
  durationSeconds: number | undefined;
  credentials: SimulatedCredentials | undefined;
  cli: string | undefined;
  env: string | undefined;
  profile: string | undefined;
  /** For a pod's hop to its service account: the pod spec line that makes it. */
  podSpec: string | undefined;
  note: MessageKey | undefined;
}

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/**
 * A stable pseudo-random string from a seed, so the same hop always shows the same key id: the whole
 * seed is hashed first (FNV-1a), then the hash is stirred once per character, so seeds that share a
 * long start (every edge id does) still give different strings.
 */
export function pseudoRandom(seed: string, length: number, alphabet = ALPHANUMERIC): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193) >>> 0;
  let out = '';
  while (out.length < length) {
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0;
    h = Math.imul(h ^ (h >>> 12), 0x297a2d39) >>> 0;
    h = (h ^ (h >>> 15)) >>> 0;
    out += alphabet[h % alphabet.length];
  }
  return out;
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
  const request = first ? hopRequest(edge, first) : undefined;
  const lesson: HopLesson = {
    edge,
    from,
    to,
    request,
    sessionName: undefined,
    durationSeconds,
    credentials: undefined,
    cli: undefined,
    env: undefined,
    profile: undefined,
    podSpec: undefined,
    note: undefined,
  };
  if (edge.kind === 'RunsAs') {
    const sa = to?.label.split('/')[1] ?? '';
    lesson.podSpec = `spec:\n  serviceAccountName: ${sa}`;
    lesson.note = 'walk.note.runsAs';
    return lesson;
  }
  if (to?.kind !== 'role') return lesson;
  const session = sessionNameFor(edge, from);
  const duration = durationSeconds ?? 3600;
  lesson.sessionName = session;
  lesson.credentials = {
    AssumedRoleUser: {
      AssumedRoleId: `AROA${pseudoRandom(to.id, 17)}:${session}`,
      Arn: `arn:aws:sts::${accountOf(to.id)}:assumed-role/${roleName(to.id)}/${session}`,
    },
    Credentials: {
      AccessKeyId: `ASIA${pseudoRandom(edge.id, 16)}`,
      SecretAccessKey: `${pseudoRandom(`${edge.id}/secret`, 30)}EXAMPLEKEY`,
      SessionToken: `SIMULATED${pseudoRandom(`${edge.id}/token`, 40)}`,
      Expiration: new Date(now + duration * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    },
  };
  const keys = lesson.credentials.Credentials;
  lesson.env = [
    `export AWS_ACCESS_KEY_ID=${keys.AccessKeyId}`,
    `export AWS_SECRET_ACCESS_KEY=${keys.SecretAccessKey}`,
    `export AWS_SESSION_TOKEN=${keys.SessionToken}`,
  ].join('\n');
  const profileName = `to-${roleName(to.id)}`;
  const externalId = condition(edge, 'ExternalId');
  const mfa = edge.conditions.some((c) => c.label === 'MFA') && from?.kind === 'user';
  const mfaSerial = `arn:aws:iam::${accountOf(edge.from)}:mfa/${from?.label ?? 'device'}`;

  switch (edge.kind) {
    case 'AssumeRole': {
      lesson.cli = [
        `aws sts assume-role --role-arn ${to.id} --role-session-name ${session}`,
        durationSeconds !== undefined && durationSeconds !== 3600
          ? `  --duration-seconds ${durationSeconds}`
          : '',
        externalId !== undefined ? `  --external-id ${externalId}` : '',
        mfa ? `  --serial-number ${mfaSerial} --token-code 123456` : '',
      ]
        .filter(Boolean)
        .join(' \\\n');
      const source =
        from?.kind === 'role' && previousProfile === 'instance'
          ? 'credential_source = Ec2InstanceMetadata'
          : `source_profile = ${previousProfile ?? (from?.kind === 'user' ? from.label : 'default')}`;
      lesson.profile = [
        `[profile ${profileName}]`,
        `role_arn = ${to.id}`,
        source,
        `role_session_name = ${session}`,
        externalId !== undefined ? `external_id = ${externalId}` : '',
        mfa ? `mfa_serial = ${mfaSerial}` : '',
      ]
        .filter(Boolean)
        .join('\n');
      break;
    }
    case 'AssumeRoleWithWebIdentity':
      lesson.cli = `aws sts assume-role-with-web-identity --role-arn ${to.id} \\\n  --role-session-name ${session} \\\n  --web-identity-token "$(cat $AWS_WEB_IDENTITY_TOKEN_FILE)"`;
      lesson.profile = `[profile ${profileName}]\nrole_arn = ${to.id}\nweb_identity_token_file = /var/run/secrets/eks.amazonaws.com/serviceaccount/token`;
      lesson.env = `# Injected into the pod by EKS for IRSA\nexport AWS_ROLE_ARN=${to.id}\nexport AWS_WEB_IDENTITY_TOKEN_FILE=/var/run/secrets/eks.amazonaws.com/serviceaccount/token`;
      lesson.note = from?.kind === 'identityProvider' ? 'walk.note.oidc' : 'walk.note.irsa';
      break;
    case 'PodIdentity':
      lesson.env = `# Injected into the pod by EKS Pod Identity\nexport AWS_CONTAINER_CREDENTIALS_FULL_URI=http://169.254.170.23/v1/credentials\nexport AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE=/var/run/secrets/pods.eks.amazonaws.com/serviceaccount/eks-pod-identity-token`;
      lesson.cli = `curl -H "Authorization: $(cat $AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE)" $AWS_CONTAINER_CREDENTIALS_FULL_URI`;
      lesson.note = 'walk.note.podIdentity';
      break;
    case 'InstanceProfile':
      lesson.cli = `TOKEN=$(curl -s -X PUT http://169.254.169.254/latest/api/token -H "X-aws-ec2-metadata-token-ttl-seconds: 21600")\ncurl -s -H "X-aws-ec2-metadata-token: $TOKEN" \\\n  http://169.254.169.254/latest/meta-data/iam/security-credentials/${roleName(to.id)}`;
      lesson.note = 'walk.note.instance';
      break;
    case 'ExecutionRole':
      lesson.note = 'walk.note.execution';
      break;
    case 'CliProfile':
      lesson.cli = `aws sts get-caller-identity --profile ${from?.label ?? 'default'}`;
      lesson.note = 'walk.note.profile';
      break;
    case 'AssumeRoleWithSAML':
      lesson.cli = `aws sts assume-role-with-saml --role-arn ${to.id} \\\n  --principal-arn ${edge.from} \\\n  --saml-assertion file://assertion.b64`;
      lesson.note = 'walk.note.saml';
      break;
  }
  return lesson;
}

/** The profile name the next hop's `source_profile` should use. */
export function profileAfter(lesson: HopLesson): string | undefined {
  if (lesson.edge.kind === 'InstanceProfile') return 'instance';
  return lesson.to?.kind === 'role' ? `to-${roleName(lesson.to.id)}` : undefined;
}
