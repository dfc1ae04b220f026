/** Every gallery story analysed with its access layer, ready to export in a language: the export tests' inputs. */
import {
  accessEdges,
  analyzeScenario,
  prepareScenario,
  type Analysis,
  type ServiceCatalogue,
} from '../../engine';
import '../../i18n/everyCatalogue';
import type { Language } from '../../i18n/translate';
import { gallery } from '../../model/gallery';
import type { ExportInput } from './exportInput';
import { exportInput } from './wordAnalysis';

const analysed = new WeakMap<ServiceCatalogue, ReturnType<typeof analyse>>();

function analyse(catalogue: ServiceCatalogue) {
  return gallery.map((story) => {
    const prepared = prepareScenario(story.scenario);
    const trust = analyzeScenario(story.scenario, { now: () => 0 });
    const analysis: Analysis = {
      ...trust,
      edges: [...trust.edges, ...accessEdges(prepared, trust, catalogue)],
    };
    return { id: story.id, analysis, prepared };
  });
}

/** `catalogue`: the AWS service reference (the command line's `serviceCatalogue()` in Node tests). */
export function galleryInputs(
  language: Language,
  catalogue: ServiceCatalogue,
): { id: string; input: ExportInput }[] {
  const stories = analysed.get(catalogue) ?? analyse(catalogue);
  analysed.set(catalogue, stories);
  return stories.map(({ id, analysis, prepared }) => ({
    id,
    input: exportInput(analysis, () => prepared, language),
  }));
}
