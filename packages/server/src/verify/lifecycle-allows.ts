import { isDossierError, type Dossier, type Locale } from '@dossier/core';
import { decideDossierEvent } from '@dossier/core/adapter';

/** Whether the dossier machine accepts an event that changes nothing of the lifecycle (documents, reminders) in the dossier's phase. */
export function lifecycleAllows(dossier: Dossier, event: 'changeDocuments' | 'remind', locale: Locale): boolean {
  try {
    decideDossierEvent(dossier, { type: event }, locale);
    return true;
  } catch (error) {
    if (isDossierError(error)) return false;
    throw error;
  }
}
