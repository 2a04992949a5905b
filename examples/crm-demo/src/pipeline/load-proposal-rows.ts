import type { AuditRow, DossierClient } from '@dossier/core';

/**
 * Every open proposal, newest first, read through the audit query (the
 * indexed summaries Dossier keeps beside each dossier), page by page.
 */
export async function loadProposalRows(client: DossierClient): Promise<AuditRow[]> {
  const rows: AuditRow[] = [];
  let cursor: string | null = null;
  do {
    const page = await client.audit({ phase: 'proposal', onlyIncomplete: false, order: 'newest', limit: 500, cursor });
    rows.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return rows;
}
