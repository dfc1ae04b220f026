import type { AppState } from './store';

/**
 * Whether the graph on screen shows the latest edit, analyzed and laid out (the app's data-ready):
 * false while an analysis or a layout is pending, including the pause before an edit is analyzed.
 */
export const isReady = (s: AppState): boolean =>
  s.engineStatus === 'ready' &&
  s.analysis !== null &&
  s.layout !== null &&
  !s.analysisPending &&
  !s.layoutPending;
