import { createContext } from '@lit/context';
import type { DossierClient } from '@dossier/core';

/** Context carrying the DossierClient from `<dossier-provider>` to every element below it. */
export const dossierClientContext = createContext<DossierClient | undefined>(Symbol.for('dossier:client'));
