import { createContext, createElement, useContext, type ReactNode } from 'react';
import type { DossierClient } from '@dossier/core';

/** The Dossier client of a React subtree, for the hooks. */
export const DossierClientContext = createContext<DossierClient | undefined>(undefined);

/** Props of {@link DossierClientProvider}. */
export interface DossierClientProviderProps {
  readonly client: DossierClient;
  readonly children?: ReactNode;
}

/**
 * Gives `client` to the Dossier hooks below it (`useSummary`, `useCompleteness`,
 * `useAudit`…). The elements find their client through `<dossier-provider>`;
 * a host drawing its own UI with the hooks wraps it in this.
 */
export function DossierClientProvider({ client, children }: DossierClientProviderProps) {
  return createElement(DossierClientContext.Provider, { value: client }, children);
}

/**
 * The client given by the nearest {@link DossierClientProvider}, or `client`.
 * @throws Error when there is neither: a hook without a client is a wiring mistake to see at once.
 */
export function useDossierClient(client?: DossierClient): DossierClient {
  const provided = useContext(DossierClientContext);
  const found = client ?? provided;
  if (!found) throw new Error('Dossier hooks need a client: wrap the tree in <DossierClientProvider client={client}>, or pass one.');
  return found;
}
