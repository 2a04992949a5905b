import { useCallback, useRef, useSyncExternalStore } from 'react';
import { QueryObserver, type DossierClient, type QueryDefinition, type QueryState } from '@dossier/core';
import { useDossierClient } from './dossier-client-context.js';

/**
 * Watches one of core's queries (`dossierQueries.summary(id)`, or one of your
 * own definitions) and re-renders when its state changes: the React glue over
 * core's `QueryObserver`. Components asking for the same key on the same
 * client share one load, and the elements on the page share it too.
 */
export function useDossierQuery<T>(definition: QueryDefinition<T>, client?: DossierClient): QueryState<T> {
  const found = useDossierClient(client);
  const observer = useRef<QueryObserver<T>>(undefined);
  // setDefinition does nothing for the same key and client, so calling it on every render is cheap.
  if (!observer.current) observer.current = new QueryObserver(found, definition);
  else observer.current.setDefinition(definition, found);
  const current = observer.current;
  const subscribe = useCallback((onChange: () => void) => current.subscribe(onChange), [current]);
  const getState = useCallback(() => current.getState(), [current]);
  return useSyncExternalStore(subscribe, getState, getState);
}
