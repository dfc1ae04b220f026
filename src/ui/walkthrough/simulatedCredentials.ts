/**
 * The credentials STS would send back for a role session, simulated: stable for the same session,
 * different for every other one, and shaped as AWS prints them (an ASIA key id for temporary
 * credentials: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids).
 * Pure, so it is tested in Node.
 */
export interface SimulatedCredentials {
  AssumedRoleUser: { AssumedRoleId: string; Arn: string };
  Credentials: { AccessKeyId: string; SecretAccessKey: string; SessionToken: string; Expiration: string };
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A stable pseudo-random string from a seed: the whole seed is hashed first (FNV-1a), then the hash
 * is stirred once per character, so seeds that share a long start (every ARN does) still differ.
 */
export function pseudoRandom(seed: string, length: number, alphabet = BASE32): string {
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

/** The session's key id: ASIA and 16 base32 characters derived from the assumed-role session ARN. */
export function sessionAccessKeyId(sessionArn: string): string {
  return `ASIA${pseudoRandom(sessionArn, 16)}`;
}

const roleName = (arn: string) => arn.slice(arn.lastIndexOf('/') + 1);
const accountOf = (arn: string) => arn.split(':')[4] ?? '';

/** What sts:AssumeRole* answers for `roleArn` and `session`, valid `durationSeconds` from `now`. */
export function simulatedCredentials(
  roleArn: string,
  session: string,
  durationSeconds: number,
  now: number,
): SimulatedCredentials {
  const arn = `arn:aws:sts::${accountOf(roleArn)}:assumed-role/${roleName(roleArn)}/${session}`;
  return {
    AssumedRoleUser: { AssumedRoleId: `AROA${pseudoRandom(roleArn, 17)}:${session}`, Arn: arn },
    Credentials: {
      AccessKeyId: sessionAccessKeyId(arn),
      SecretAccessKey: `${pseudoRandom(`${arn}/secret`, 30, ALPHANUMERIC)}EXAMPLEKEY`,
      SessionToken: `SIMULATED${pseudoRandom(`${arn}/token`, 40, ALPHANUMERIC)}`,
      Expiration: new Date(now + durationSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    },
  };
}
