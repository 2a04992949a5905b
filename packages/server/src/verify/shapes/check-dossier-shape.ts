import { isDossierError, isValidEmail, type Dossier, type DossierPhase } from '@dossier/core';
import { requireProfile } from '@dossier/core/adapter';
import { forged } from '../forged.js';
import { recordFields, storedText, storedTextOrNull, timestamp, timestampOrNull, wholeNumber } from './record-fields.js';

const PHASES: readonly DossierPhase[] = ['proposal', 'contract', 'archived', 'lost'];
/** Most waivers a dossier carries (one per piece; a risk type has at most 200). */
const MAX_WAIVERS = 200;

/** A dossier as `client.dossiers` writes it. */
export function checkDossierShape(value: unknown): Dossier {
  const record = recordFields(value, 'dossier', [
    'id',
    'riskTypeId',
    'phase',
    'stage',
    'client',
    'contractId',
    'openedAt',
    'convertedAt',
    'closedAt',
    'updatedAt',
    'waivers',
    'revision',
  ]);
  storedText(record['id'], 'dossier.id');
  storedText(record['riskTypeId'], 'dossier.riskTypeId');
  if (!PHASES.includes(record['phase'] as DossierPhase)) throw forged('unknown phase', 'dossier.phase');
  storedTextOrNull(record['stage'], 'dossier.stage');
  storedTextOrNull(record['contractId'], 'dossier.contractId');
  timestamp(record['openedAt'], 'dossier.openedAt');
  timestampOrNull(record['convertedAt'], 'dossier.convertedAt');
  timestampOrNull(record['closedAt'], 'dossier.closedAt');
  timestamp(record['updatedAt'], 'dossier.updatedAt');
  wholeNumber(record['revision'], 'dossier.revision', 1);

  const client = recordFields(record['client'], 'dossier.client', ['id', 'name', 'email', 'profile']);
  storedText(client['id'], 'dossier.client.id');
  storedText(client['name'], 'dossier.client.name');
  const email = storedText(client['email'], 'dossier.client.email', 254, true);
  if (email !== '' && !isValidEmail(email)) throw forged('not an e-mail address', 'dossier.client.email');
  try {
    requireProfile(client['profile'], 'en');
  } catch (error) {
    if (isDossierError(error)) throw forged('not a client profile', 'dossier.client.profile');
    throw error;
  }

  const waivers = record['waivers'];
  if (typeof waivers !== 'object' || waivers === null || Array.isArray(waivers))
    throw forged('waivers must be an object', 'dossier.waivers');
  const entries = Object.entries(waivers);
  if (entries.length > MAX_WAIVERS) throw forged('too many waivers', 'dossier.waivers');
  for (const [pieceId, waiver] of entries) {
    storedText(pieceId, 'dossier.waivers');
    const fields = recordFields(waiver, 'dossier.waivers', ['reason', 'at']);
    storedText(fields['reason'], 'dossier.waivers.reason', 500);
    timestamp(fields['at'], 'dossier.waivers.at');
  }
  return value as Dossier;
}
