/** The built-in scenario gallery: worked examples the app teaches with, in three languages. */
import type { Scenario } from '../scenario';

export interface LocalizedText {
  en: string;
  'zh-Hans': string;
  'zh-Hant': string;
}

export interface GalleryEntry {
  /** Kebab-case and stable: it is used in URLs. */
  id: string;
  title: LocalizedText;
  /** One or two sentences shown on the gallery card. */
  summary: LocalizedText;
  /** A short paragraph: what to notice, and which AWS rule it shows. */
  lesson: LocalizedText;
  /** The seed file (in the project's research notes) the scenario comes from, if any. */
  source?: string;
  scenario: Scenario;
  /** The path the walk-through plays by default: node ids from the first to the last. */
  featuredPath: { from: string; to: string };
}
