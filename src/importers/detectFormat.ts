/**
 * Tells which export a file is from its content alone (names lie: everything is `output.json`).
 * JSON is recognised by its top-level keys, INI by `[profile …]` sections, YAML by `apiVersion`/`kind`.
 */
import { parseJson, type JsonNode, type ParseJsonResult } from '../foundation/json/parseJson';
import { looksLikeAwsConfig } from './awsConfig';
import { parseUnlocated } from './nativeJson';
import { elements, hasProp, isObject, prop, root, type Located } from './located';
import { looksLikeOrganization } from './organizations';
import { looksLikePolicyDocument } from './policyDocument';
import { looksLikeResourcePolicy } from './resourcePolicies';
import { looksLikeScenario } from './scenarioFile';
import { looksLikePlan, looksLikeTerraform } from './terraform/planDocument';
import type { ImportFile, ImportFormat } from './types';

export interface Detection {
  format: ImportFormat | 'unknown';
  /** Set when the file is JSON, so importers need not parse it again. */
  json?: ParseJsonResult;
  /** The JSON was read without locations (nativeJson.ts): a problem found in it needs `located`. */
  unlocated?: boolean;
}

function detectJsonObject(doc: Located): ImportFormat | 'unknown' {
  if (looksLikeScenario(doc)) return 'trustscope-scenario';
  if (looksLikeTerraform(doc)) return 'terraform';
  if (prop(doc, 'apiVersion')?.node.kind === 'string' && prop(doc, 'kind')?.node.kind === 'string')
    return 'kubernetes';
  if (['UserDetailList', 'GroupDetailList', 'RoleDetailList'].some((k) => hasProp(doc, k)))
    return 'iam-authorization-details';
  if (looksLikeOrganization(doc)) return 'organization';
  if (elements(prop(doc, 'Policies')).some((p) => hasProp(p, 'PolicyVersionList')))
    return 'iam-authorization-details';
  if (isObject(prop(doc, 'cluster'))) return 'eks-cluster';
  if (isObject(prop(doc, 'nodegroup'))) return 'eks-nodegroup';
  if (hasProp(doc, 'association') || hasProp(doc, 'associations')) return 'eks-pod-identity';
  if (hasProp(doc, 'Reservations')) return 'ec2-instances';
  if (hasProp(doc, 'Functions')) return 'lambda-functions';
  if (hasProp(doc, 'OpenIDConnectProviderList')) return 'iam-oidc-providers';
  if (hasProp(doc, 'SAMLProviderList')) return 'iam-saml-providers';
  if (hasProp(doc, 'Url') && (hasProp(doc, 'ClientIDList') || hasProp(doc, 'ThumbprintList')))
    return 'iam-oidc-provider';
  if (looksLikePolicyDocument(doc)) return 'policy-document';
  if (looksLikeResourcePolicy(doc)) return 'resource-policy';
  return 'unknown';
}

function detectJsonArray(doc: Located): ImportFormat | 'unknown' {
  const items = elements(doc);
  const isAssociation = (item: Located): boolean =>
    hasProp(item, 'association') ||
    hasProp(item, 'associationArn') ||
    (hasProp(item, 'serviceAccount') && hasProp(item, 'namespace'));
  return items.length > 0 && items.every(isAssociation) ? 'eks-pod-identity' : 'unknown';
}

function jsonFormat(value: JsonNode): ImportFormat | 'unknown' {
  return value.kind === 'array' ? detectJsonArray(root(value)) : detectJsonObject(root(value));
}

/**
 * The file's format, and its JSON when it is JSON: read without locations first unless `located`
 * is asked for, or JSON.parse refuses it (the located parser then says why).
 */
export function detectWithJson(file: ImportFile, located = false): Detection {
  const text = file.text.replace(/^\uFEFF/, '');
  const first = /\S/.exec(text)?.[0];
  if (first === undefined) return { format: 'unknown' };
  const bracketed = first === '{' || first === '[';
  // What JSON.parse accepts is JSON; only then is a large file spared the INI test below, whose
  // line-by-line patterns read all of it.
  const unlocated = bracketed && !located ? parseUnlocated(text) : undefined;
  if (unlocated)
    return { format: jsonFormat(unlocated), json: { value: unlocated, diagnostics: [] }, unlocated: true };
  // Before the located JSON parser: an INI file starts with `[` too.
  if (looksLikeAwsConfig(text)) return { format: 'aws-config' };
  if (bracketed) {
    const json = parseJson(text);
    return json.value ? { format: jsonFormat(json.value), json } : { format: 'unknown', json };
  }
  if (/^kind:\s*\S/m.test(text) && /^apiVersion:\s*\S/m.test(text)) return { format: 'kubernetes' };
  return { format: 'unknown' };
}

export function detectFormat(file: ImportFile): ImportFormat | 'unknown' {
  return detectWithJson(file).format;
}

/** Whether the file is `terraform show -json` of a plan, whose two sides can be compared (a state has one). */
export function isTerraformPlan(file: ImportFile): boolean {
  const detection = detectWithJson(file);
  const value = detection.json?.value;
  return detection.format === 'terraform' && value !== undefined && looksLikePlan(root(value));
}
