/** The store's actions by name: stable functions, so reading one never re-renders a component. */
import type { AppState } from '../store';
import { useAppStore } from '../StoreProvider';

type Actions = {
  [K in keyof AppState as AppState[K] extends (...args: never[]) => unknown ? K : never]: AppState[K];
};

export function useAction<K extends keyof Actions>(name: K): Actions[K] {
  return useAppStore((s) => (s as Actions)[name]);
}
