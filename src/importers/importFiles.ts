/**
 * The entry point: detects each file's format, runs its importer and merges the fragments into one
 * scenario. Files run in phases so importers that look things up (EC2 → roles, Kubernetes →
 * clusters) see what the other files brought, and within a phase by name, so the result does not
 * depend on the order the files were picked in.
 */
import { accountOfArn, type AccountSpec, type Scenario } from '../model/scenario';
import { importAwsConfig } from './awsConfig';
import { diagnosticParams } from '../i18n/importProblemText';
import { reportPartialExport } from './common';
import { detectWithJson, type Detection } from './detectFormat';
import { importEc2Instances, instanceProfileRoles } from './ec2';
import { importEksCluster, importEksNodegroup, importPodIdentity } from './eks';
import { importGaad } from './gaad';
import { importKubernetes } from './kubernetes';
import { importLambdaFunctions } from './lambda';
import { createReporter, root, type Reporter } from './located';
import { mergeScenario } from './mergeScenario';
import { importOidcProvider, importOidcProviderList, importSamlProviderList } from './oidcProviders';
import { importOrganization } from './organizations';
import { plainOf } from './nativeJson';
import { guessPolicyKind } from './policyDocument';
import { importResourcePolicy, unplacedPolicy } from './resourcePolicies';
import { importScenarioFile } from './scenarioFile';
import { importTerraform } from './terraform/importTerraform';
import type {
  ImportAssumption,
  ImportFile,
  ImportFormat,
  ImportProblem,
  ImportResult,
  PastedPolicy,
  ScenarioFragment,
} from './types';

const PHASE: Readonly<Record<ImportFormat, number>> = {
  'trustscope-scenario': 0,
  'iam-authorization-details': 1,
  organization: 1,
  'eks-cluster': 1,
  'eks-nodegroup': 1,
  // After get-account-authorization-details, so an empty provider list can be given its only account.
  'iam-oidc-providers': 2,
  'iam-saml-providers': 2,
  'lambda-functions': 1,
  'aws-config': 1,
  'policy-document': 1,
  'resource-policy': 1,
  terraform: 1,
  'ec2-instances': 2,
  'eks-pod-identity': 2,
  // After the lists, whose ARN it takes.
  'iam-oidc-provider': 3,
  kubernetes: 3,
};

const DEFAULT_NAME = 'Imported scenario';

function emptyScenario(): Scenario {
  return { version: 1, name: '', accounts: [] };
}

/** Accounts the fragment's entities live in, as placeholders named by id, so every ARN has its account. */
function withImpliedAccounts(fragment: ScenarioFragment): ScenarioFragment {
  const ids = new Set<string>();
  const add = (id: string | undefined): void => {
    if (id !== undefined && id !== '000000000000') ids.add(id);
  };
  for (const list of [
    fragment.users,
    fragment.groups,
    fragment.roles,
    fragment.identityProviders,
    fragment.lambdaFunctions,
    fragment.eksClusters,
  ]) {
    for (const item of list ?? []) add(accountOfArn(item.arn));
  }
  for (const instance of fragment.instances ?? []) add(instance.account);
  const known = new Set((fragment.accounts ?? []).map((a) => a.id));
  const extra: AccountSpec[] = [...ids]
    .filter((id) => !known.has(id))
    .sort()
    .map((id) => ({ id, name: id }));
  return extra.length > 0 ? { ...fragment, accounts: [...(fragment.accounts ?? []), ...extra] } : fragment;
}

function runImporter(
  format: ImportFormat,
  file: ImportFile,
  detection: Detection,
  scenario: Scenario,
  reporter: Reporter,
): ScenarioFragment {
  const value = detection.json?.value;
  if (format === 'aws-config') return importAwsConfig(file.text, reporter);
  if (format === 'kubernetes') return importKubernetes(file.text, scenario, reporter);
  if (!value) return {};
  const doc = root(value);
  if (format !== 'trustscope-scenario') reportPartialExport(doc, reporter);
  switch (format) {
    case 'trustscope-scenario':
      return importScenarioFile(doc, reporter);
    case 'iam-authorization-details':
      return importGaad(doc, reporter);
    case 'organization':
      return importOrganization(doc, reporter);
    case 'eks-cluster':
      return importEksCluster(doc, reporter);
    case 'eks-nodegroup':
      return importEksNodegroup(doc, reporter);
    case 'eks-pod-identity':
      return importPodIdentity(doc, scenario, reporter);
    case 'ec2-instances':
      return importEc2Instances(doc, scenario, reporter);
    case 'lambda-functions':
      return importLambdaFunctions(doc, reporter);
    case 'iam-oidc-providers':
      return importOidcProviderList(doc, scenario, reporter);
    case 'iam-saml-providers':
      return importSamlProviderList(doc, reporter);
    case 'iam-oidc-provider':
      return importOidcProvider(doc, scenario, reporter);
    case 'resource-policy':
      return importResourcePolicy(doc, file, reporter);
    case 'terraform':
      return importTerraform(doc, file, reporter);
    case 'policy-document':
      // Handed back in `policies` for the user to attach: it adds nothing by itself.
      return {};
  }
}

/** Instances imported before the roles that hold their instance profile get the role now. */
function linkInstanceRoles(scenario: Scenario): Scenario {
  if (!scenario.instances?.some((i) => i.roleArn === undefined)) return scenario;
  const roles = instanceProfileRoles(scenario);
  const instances = scenario.instances.map((instance) => {
    const roleArn = instance.roleArn ?? roles.get(instance.instanceProfileArn);
    return roleArn === undefined || instance.roleArn !== undefined ? instance : { ...instance, roleArn };
  });
  return { ...scenario, instances };
}

/**
 * Imports every file into one scenario. `onProgress` hears, before each file, how many characters of
 * all the files are done, so a long import can show a bar (and be cancelled by its caller).
 */
export function importFiles(
  files: readonly ImportFile[],
  base?: Scenario,
  onProgress?: (done: number, total: number, file: string) => void,
): ImportResult {
  const problemsByFile: ImportProblem[][] = files.map(() => []);
  const assumptionsByFile: ImportAssumption[][] = files.map(() => []);
  onProgress?.(0, 1, files.length === 1 ? (files[0]?.name ?? '') : `${files.length} files`);
  const detections = files.map((file) => detectWithJson(file));
  const order = files
    .map((file, index) => ({ file, index, detection: detections[index] ?? { format: 'unknown' as const } }))
    .sort((a, b) => {
      const pa = a.detection.format === 'unknown' ? -1 : PHASE[a.detection.format];
      const pb = b.detection.format === 'unknown' ? -1 : PHASE[b.detection.format];
      if (pa !== pb) return pa - pb;
      if (a.file.name !== b.file.name) return a.file.name < b.file.name ? -1 : 1;
      return a.index - b.index;
    });
  let scenario = base ?? emptyScenario();
  const baseName = scenario.name;
  if (!base) scenario = { ...scenario };
  const total = files.reduce((sum, f) => sum + f.text.length, 0);
  let done = 0;
  for (const { file, index, detection } of order) {
    onProgress?.(done, total, file.name);
    done += file.text.length;
    let problems: ImportProblem[] = [];
    let assumptions: ImportAssumption[] = [];
    let next = importOne(file, detection, scenario, createReporter(file.name, problems, assumptions));
    if (detection.unlocated && problems.length > 0) {
      // Read without locations (nativeJson.ts), the file cannot say where its problems are: read it
      // again with them and import it from that.
      problems = [];
      assumptions = [];
      const reporter = createReporter(file.name, problems, assumptions);
      next = importOne(file, detectWithJson(file, true), scenario, reporter);
    }
    problemsByFile[index] = problems;
    assumptionsByFile[index] = assumptions;
    scenario = next;
  }
  onProgress?.(total, total, 'done');
  scenario = linkInstanceRoles(scenario);
  if (scenario.name === '') scenario = { ...scenario, name: baseName === '' ? DEFAULT_NAME : baseName };
  return {
    scenario,
    problems: problemsByFile.flat(),
    detected: files.map((file, i) => ({ file: file.name, format: detections[i]?.format ?? 'unknown' })),
    policies: pastedPolicies(files, detections),
    assumptions: assumptionsByFile.flat(),
  };
}

function pastedPolicies(files: readonly ImportFile[], detections: Detection[]): PastedPolicy[] {
  return files.flatMap((file, i): PastedPolicy[] => {
    const value = detections[i]?.json?.value;
    if (!value) return [];
    if (detections[i]?.format === 'resource-policy') {
      // A resource's policy whose resource nothing names: the app asks which resource it is.
      const document = unplacedPolicy(root(value), file);
      return document === undefined ? [] : [{ file: file.name, document, kind: 'resource' }];
    }
    if (detections[i]?.format !== 'policy-document') return [];
    const document = plainOf(value);
    return [{ file: file.name, document, kind: guessPolicyKind(document) }];
  });
}

/** The scenario with one file imported into it; what is wrong goes to `reporter`. */
function importOne(file: ImportFile, detection: Detection, scenario: Scenario, reporter: Reporter): Scenario {
  try {
    reportJsonDiagnostics(detection, reporter);
    if (detection.format === 'unknown') {
      reportUnknown(file, detection, reporter);
      return scenario;
    }
    const fragment = withImpliedAccounts(runImporter(detection.format, file, detection, scenario, reporter));
    if (
      fragment.organization &&
      scenario.organization &&
      scenario.organization.id !== fragment.organization.id
    ) {
      reporter.warning('organization-replaced', {
        organization: fragment.organization.id,
        previous: scenario.organization.id,
      });
    }
    return mergeScenario(scenario, fragment);
  } catch (e) {
    // Importers are written not to throw; this is the last line of defence for the rest of the import.
    reporter.error('import-crashed', { detail: e instanceof Error ? e.message : String(e) });
    return scenario;
  }
}

function reportJsonDiagnostics(detection: Detection, reporter: Reporter): void {
  for (const d of detection.json?.diagnostics ?? []) {
    const severity = d.severity === 'error' ? 'error' : 'warning';
    const code = detection.json?.value ? 'json-diagnostic' : 'json-invalid';
    const { line, column } = d.range.start;
    reporter[severity](code, { ...diagnosticParams(d), line, column }, { line, column });
  }
}

function reportUnknown(file: ImportFile, detection: Detection, reporter: Reporter): void {
  if (detection.json && !detection.json.value) return; // The JSON errors already say what is wrong.
  reporter.error(file.text.trim() === '' ? 'file-empty' : 'file-format-unknown', { file: file.name });
}
