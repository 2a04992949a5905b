import type { StorageOperation } from '@dossier/core/adapter';
import type { DossierPrincipal } from './dossier-principal.js';

/** May change the catalogue (risk types, their expected pieces, reminder policies), and everything a broker may. */
export const ADMIN_ROLE = 'admin';
/** May read everything of the tenant and change dossiers, documents and reminders. */
export const BROKER_ROLE = 'broker';

/** Whether the principal may use the API at all. */
export function canUseDossiers(principal: DossierPrincipal): boolean {
  return principal.roles.includes(ADMIN_ROLE) || principal.roles.includes(BROKER_ROLE);
}

/** Whether a commit changes the catalogue: writes a risk type, an expected piece or a reminder policy. */
export function touchesCatalogue(operations: readonly StorageOperation[]): boolean {
  return operations.some(
    (operation) =>
      (operation.op === 'put' || operation.op === 'delete') &&
      (operation.kind === 'riskType' || operation.kind === 'piece' || operation.kind === 'reminderPolicy'),
  );
}
