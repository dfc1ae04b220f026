import { createContext, useContext, type ReactNode } from 'react';
import type { EngineClient } from '../../worker/clients';

const EngineContext = createContext<EngineClient | null>(null);

export function ClientsProvider({ engine, children }: { engine: EngineClient; children: ReactNode }) {
  return <EngineContext.Provider value={engine}>{children}</EngineContext.Provider>;
}

/** The engine worker's client, for components that ask it questions (traces, paths, why-not). */
export function useEngine(): EngineClient {
  const engine = useContext(EngineContext);
  if (!engine) throw new Error('useEngine must be used inside <ClientsProvider>');
  return engine;
}
