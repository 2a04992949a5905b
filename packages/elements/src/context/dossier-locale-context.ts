import { createContext } from '@lit/context';
import type { Locale } from '@dossier/core';

/** Context carrying the UI locale from `<dossier-provider>`; changing it re-renders every element live. */
export const dossierLocaleContext = createContext<Locale>(Symbol.for('dossier:locale'));
