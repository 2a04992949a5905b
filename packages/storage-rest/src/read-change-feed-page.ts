import type { Locale } from '@dossier/core';
import { invalidResponseError } from './invalid-response-error.js';
import { readJson } from './read-json.js';
import type { ChangeFeedEntry, ChangeFeedPage } from './wire/change-feed-page.js';

/**
 * The body of `GET /changes`, checked: a non-negative integer `seq` and well-formed
 * entries (ids that are not strings are dropped, not trusted).
 *
 * @throws DossierError `storage-unavailable` (reason `invalid response`) when the page is malformed.
 */
export async function readChangeFeedPage(response: Response, locale?: Locale): Promise<ChangeFeedPage> {
  const body = (await readJson(response, locale)) as { seq?: unknown; changes?: unknown } | null;
  if (!body || typeof body !== 'object' || !isSeq(body.seq) || (body.changes !== undefined && !Array.isArray(body.changes))) {
    throw invalidResponseError(locale);
  }
  const changes: ChangeFeedEntry[] = [];
  for (const raw of (body.changes ?? []) as unknown[]) {
    if (!raw || typeof raw !== 'object') throw invalidResponseError(locale);
    const entry = raw as Record<string, unknown>;
    changes.push({
      seq: isSeq(entry.seq) ? entry.seq : body.seq,
      commitId: typeof entry.commitId === 'string' ? entry.commitId : null,
      dossierIds: strings(entry.dossierIds),
      riskTypeIds: strings(entry.riskTypeIds),
    });
  }
  return { seq: body.seq, changes };
}

function isSeq(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
