/**
 * Runs of three or more English words left in text meant to be Chinese, once what stays as written
 * is taken out: ARNs, `service:Action` names and condition keys, quoted names (policies, Sids), and
 * identifiers (CamelCase, with digits or dashes: RoleForB, i-0a1b2c…, orders-api-pod-role). A sentence the catalogues
 * forgot to translate shows as such a run; a name or two inside a Chinese sentence does not.
 */
const KEPT = [
  /arn:[^\s，。；：、（）()“”「」"]+/g,
  /[\w.*/-]+:[\w.*/${}-]+/g, // sts:AssumeRole, aws:SourceIp, oidc.example.com/id/X:sub
  /"[^"]*"|“[^”]*”|「[^」]*」/g,
  /\b[A-Za-z]*[a-z][A-Z][\w-]*/g, // CamelCase: AssumeRoleInA, RoleForB
  /\b[\w-]*\d[\w-]*/g, // with digits: i-0a1b2c3d, r-ab12, ou-ab12-cdef3456
  /\b\w+(?:-\w+)+/g, // with dashes: orders-api-pod-role, service-account names
  /\bIAM Identity Center\b|\bEKS Pod Identity\b|\bPod Identity Agent\b/g, // products' names
];

const RUN = /[A-Za-z][A-Za-z'’]*(?:[ \t]+[A-Za-z][A-Za-z'’]*){2,}/g;

export function englishRuns(text: string): string[] {
  let rest = text;
  for (const kept of KEPT) rest = rest.replace(kept, ' · ');
  return rest.match(RUN) ?? [];
}
