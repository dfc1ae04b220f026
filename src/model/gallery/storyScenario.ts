import type { Scenario } from '../scenario';
import type { GalleryEntry, LocalizedText } from './types';

/**
 * A gallery story as the scenario a learner opens: named in their language, with the story's lesson
 * as its description, so what to notice stays in view (in the explorer) once the story is open.
 */
export function storyScenario(entry: GalleryEntry, language: keyof LocalizedText): Scenario {
  return { ...entry.scenario, name: entry.title[language], description: entry.lesson[language] };
}
