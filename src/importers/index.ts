/** Turns AWS CLI, kubectl and ~/.aws/config exports into a Trustscope scenario. */
export { importFiles } from './importFiles';
export { decodeText } from './decodeText';
export { detectFormat, isTerraformPlan } from './detectFormat';
export { mergeScenario } from './mergeScenario';
export {
  UNKNOWN_CLUSTER_ARN,
  type ImportAssumption,
  type ImportAssumptionCode,
  type ImportFile,
  type ImportFormat,
  type ImportProblem,
  type ImportProblemCode,
  type ImportResult,
  type PastedPolicy,
  type ScenarioFragment,
  type TerraformSide,
} from './types';
