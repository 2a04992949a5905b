import type { Locale } from '../i18n/locale.js';
import type { DossierMachineEvent, DossierMachineInput } from './dossier-machine.js';

/**
 * {@link decideDossierEvent}, with the dossier machine (and XState under it) loaded on the first
 * write rather than with the page: a page that only reads (badges, checklists) never needs it.
 * The client's writes call this; the answer and the errors are the same. Internal.
 */
export async function decideDossierEventOnDemand(
  current: DossierMachineInput,
  event: DossierMachineEvent,
  locale?: Locale,
): Promise<DossierMachineInput> {
  const { decideDossierEvent } = await import('./decide-dossier-event.js');
  return decideDossierEvent(current, event, locale);
}
