import { DossierError } from '@dossier/core';
import { CHILD_PARENT_FIELD, type RecordKind } from '@dossier/core/adapter';
import { requireKeyText } from './require-key-text.js';

/** A record (any kind but `summary`) as a `dossier_record` row. */
export interface RecordColumns {
  readonly id: string;
  /** The parent field's value for child kinds (`riskTypeId`, `dossierId`), else null. */
  readonly parentId: string | null;
  readonly revision: number;
  /** The record as JSON text, exactly as stored and read back. */
  readonly body: string;
}

/**
 * The row of a record. The JSON text is the record: reads parse it back, so a
 * record comes back equal to what was put, whatever its fields.
 *
 * @throws DossierError `invalid-input` when the record has no storable id, no finite revision, or cannot be JSON.
 */
export function recordColumns(kind: Exclude<RecordKind, 'summary'>, value: unknown): RecordColumns {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new DossierError('invalid-input', { field: kind, reason: 'a record object' });
  const record = value as Record<string, unknown>;
  const id = requireKeyText(record['id'], `${kind}.id`);
  const revision = record['revision'];
  if (typeof revision !== 'number' || !Number.isFinite(revision)) throw new DossierError('invalid-input', { field: `${kind}.revision` });
  const parentField = Object.hasOwn(CHILD_PARENT_FIELD, kind) ? CHILD_PARENT_FIELD[kind as keyof typeof CHILD_PARENT_FIELD] : undefined;
  const parent = parentField === undefined ? undefined : record[parentField];
  const parentId = typeof parent === 'string' ? requireKeyText(parent, `${kind}.${parentField}`) : null;
  return { id, parentId, revision, body: toJson(value, kind) };
}

/** JSON text of a record; cycles and BigInts are refused as input errors. */
export function toJson(value: unknown, field: string): string {
  try {
    const text = JSON.stringify(value);
    if (typeof text !== 'string') throw new TypeError('not JSON');
    return text;
  } catch (error) {
    throw new DossierError('invalid-input', { field, reason: 'not JSON' }, { cause: error });
  }
}
