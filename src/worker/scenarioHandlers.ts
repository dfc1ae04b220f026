import { validateScenarioText } from '../model/validateScenario';
import { decodeShareFragment, encodeShareFragment } from '../share';
import type { EngineMethods, Handlers } from './protocol';

type ScenarioMethods = Pick<EngineMethods, 'encodeLink' | 'decodeLink' | 'validateScenario'>;

/** Share links and scenario files, handled off the page so their code stays out of the first download. */
export const scenarioHandlers: Handlers<ScenarioMethods> = {
  encodeLink: (state) => ({ fragment: encodeShareFragment(state) }),
  decodeLink: ({ fragment }) => decodeShareFragment(fragment),
  validateScenario: ({ text }) => validateScenarioText(text),
};
