import type { RiskType } from '@dossier/core';
import { recordFields, storedText, wholeNumber } from './record-fields.js';

/** A risk type as `client.riskTypes.put` writes it. */
export function checkRiskTypeShape(value: unknown): RiskType {
  const record = recordFields(value, 'riskType', ['id', 'label', 'revision']);
  storedText(record['id'], 'riskType.id');
  storedText(record['label'], 'riskType.label');
  wholeNumber(record['revision'], 'riskType.revision', 1);
  return value as RiskType;
}
