import { InjectionToken } from '@angular/core';
import type { DossierClient } from '@dossier/core';

/** The page's Dossier client, provided once at bootstrap. */
export const DOSSIER_CLIENT = new InjectionToken<DossierClient>('DossierClient');
