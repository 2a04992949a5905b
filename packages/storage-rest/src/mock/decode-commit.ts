import { DossierError } from '@dossier/core';
import { type ChangeScope, type StorageOperation } from '@dossier/core/adapter';

/** A `POST /commits` body, decoded. */
export interface DecodedCommit {
  readonly operations: StorageOperation[];
  readonly scope: ChangeScope;
  /** Identifies the body, to refuse an `Idempotency-Key` reused for another commit. */
  readonly fingerprint: string;
}

/**
 * Decodes the multipart body of `POST /commits`: the `operations` and `scope`
 * JSON parts, and the binary part each `putBlob` names. Operations are only
 * shaped here; `StoragePort.commit` checks them (kinds, ids, revisions).
 *
 * @throws DossierError `invalid-input` when a part is missing or malformed, or a blob part's size differs from the declared one.
 */
export async function decodeCommit(form: FormData): Promise<DecodedCommit> {
  const operationsText = await textPart(form, 'operations');
  const scopeText = await textPart(form, 'scope');
  const wire = parse(operationsText, 'operations');
  if (!Array.isArray(wire)) throw new DossierError('invalid-input', { field: 'operations', reason: 'must be an array' });
  const sizes: number[] = [];
  const operations = wire.map((raw: unknown): StorageOperation => {
    const operation = raw as { op?: unknown; part?: unknown; size?: unknown; documentId?: unknown } | null;
    if (operation?.op !== 'putBlob') return raw as StorageOperation;
    const part = typeof operation.part === 'string' ? form.get(operation.part) : null;
    if (part === null || typeof part === 'string')
      throw new DossierError('invalid-input', { field: 'blob', reason: `no binary part ${String(operation.part)}` });
    // A part shorter than announced is a truncated upload: refuse it rather than store half a file.
    if (typeof operation.size === 'number' && operation.size !== part.size) {
      throw new DossierError('invalid-input', {
        field: 'blob',
        reason: `part ${operation.part as string}: ${part.size} bytes, ${operation.size} announced`,
      });
    }
    sizes.push(part.size);
    return { op: 'putBlob', documentId: operation.documentId as string, blob: part };
  });
  const scope = parse(scopeText, 'scope') as { dossierIds?: unknown; riskTypeIds?: unknown } | null;
  const ids = (value: unknown, field: string): string[] => {
    if (!Array.isArray(value) || value.some((id) => typeof id !== 'string')) throw new DossierError('invalid-input', { field });
    return value as string[];
  };
  return {
    operations,
    scope: { dossierIds: ids(scope?.dossierIds, 'scope.dossierIds'), riskTypeIds: ids(scope?.riskTypeIds, 'scope.riskTypeIds') },
    fingerprint: JSON.stringify([operationsText, scopeText, sizes]),
  };
}

async function textPart(form: FormData, name: string): Promise<string> {
  const part = form.get(name);
  if (part === null) throw new DossierError('invalid-input', { field: name, reason: 'missing part' });
  return typeof part === 'string' ? part : part.text();
}

function parse(text: string, field: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DossierError('invalid-input', { field, reason: 'not JSON' });
  }
}
