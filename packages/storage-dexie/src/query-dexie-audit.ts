import Dexie, { type Collection, type IndexableType, type Table } from 'dexie';
import {
  answerAuditQuery,
  decodeAuditCursor,
  DOSSIER_PHASES,
  matchesAuditQuery,
  splitAuditOffset,
  type AuditCursorPosition,
  type AuditPage,
  type AuditQuery,
} from '@dossier/core/adapter';
import type { DossierPhase, DossierSummary } from '@dossier/core';
import { AUDIT_INDEXES, DEXIE_TABLES, OUTDATED_INDEXES, REMINDER_INDEXES, REVIEW_INDEX } from './dexie-schema.js';

/**
 * Runs an audit query on index ranges only (see `AUDIT_INDEXES` for which
 * index serves which filters), through core's `answerAuditQuery`: per phase,
 * the rows after the cursor in audit order and an index `count()`, merged
 * across phases; and, when the query gives `now`, the summaries whose figures
 * do not hold then (`OUTDATED_INDEXES`), which core works out again. An offset
 * advances the index cursor (one range), or is split between the phases'
 * ranges by index counts (`splitAuditOffset`). All reads share one read-only
 * transaction, so `total` and `items` agree.
 *
 * @throws DossierError `invalid-input` on a malformed query.
 */
export async function queryDexieAudit(db: Dexie, query: AuditQuery): Promise<AuditPage<DossierSummary>> {
  return db.transaction('r', DEXIE_TABLES.summary, (transaction) => {
    const table = transaction.table<DossierSummary, string>(DEXIE_TABLES.summary);
    const order = query?.order ?? 'oldest';
    const after = typeof query?.cursor === 'string' ? decodeAuditCursor(query.cursor) : undefined;
    const phases = (): DossierPhase[] => (query.phases && query.phases.length > 0 ? [...new Set(query.phases)] : [...DOSSIER_PHASES]);
    const index = () => auditIndex(query);
    // Read through the review index, the other filters are applied to each row it gives.
    const rest = (summary: DossierSummary): boolean => matchesAuditQuery(summary, query);
    const collection = (range: Collection<DossierSummary, string>) => (query.onlyToReview ? range.filter(rest) : range);
    const ranges = () =>
      phases().map((phase) => {
        const prefix = keyPrefix(query, phase);
        return { prefix, lower: [...prefix, Dexie.minKey], upper: [...prefix, Dexie.maxKey] };
      });
    const inOrder = (lower: IndexableType[], upper: IndexableType[]) => {
      const range = table.where(index()).between(lower, upper, true, true);
      return collection(order === 'oldest' ? range : range.reverse());
    };
    // Each range's count is read once per query, whether for the total or to split an offset.
    let counts: Promise<number[]> | undefined;
    const countRanges = () =>
      (counts ??= Promise.all(
        ranges().map(({ lower, upper }) => collection(table.where(index()).between(lower, upper, true, true)).count()),
      ));
    const fromOffset = async (limit: number, offset: number) => {
      const all = ranges();
      const sizes = await countRanges();
      const skips = await splitAuditOffset(
        all.map(({ prefix, lower, upper }, i) => ({
          size: sizes[i] ?? 0,
          keyAt: async (position: number) => positionOf((await inOrder(lower, upper).offset(position).limit(1).keys())[0]),
          countBefore: (key: AuditCursorPosition) => {
            const at = [...prefix, key.since, key.id];
            return collection(
              order === 'oldest'
                ? table.where(index()).between(lower, at, true, false)
                : table.where(index()).between(at, upper, false, true),
            ).count();
          },
        })),
        offset,
      );
      return Promise.all(
        all.map(({ lower, upper }, i) =>
          inOrder(lower, upper)
            .offset(skips[i] ?? 0)
            .limit(limit)
            .toArray(),
        ),
      );
    };
    return answerAuditQuery(query, {
      outdated: async (now) => {
        const found = await Promise.all(phases().flatMap((phase) => outdatedOfPhase(table, phase, now)));
        return [...new Map(found.flat().map((summary) => [summary.id, summary])).values()];
      },
      rows: async (limit, offset) => {
        if (offset > 0) return (await fromOffset(limit, offset)).flat();
        const pages = await Promise.all(
          ranges().map(({ prefix, lower, upper }) => {
            if (!after) return inOrder(lower, upper).limit(limit).toArray();
            const at = [...prefix, after.since, after.id];
            return order === 'oldest'
              ? collection(table.where(index()).between(at, upper, false, true))
                  .limit(limit)
                  .toArray()
              : collection(table.where(index()).between(lower, at, true, false).reverse())
                  .limit(limit)
                  .toArray();
          }),
        );
        return pages.flat();
      },
      count: async () => (await countRanges()).reduce((sum, count) => sum + count, 0),
    });
  });
}

/** The sort key at the end of an audit index key (`[…prefix, since, id]`). */
function positionOf(key: IndexableType | undefined): AuditCursorPosition {
  const parts = key as IndexableType[];
  return { since: String(parts[parts.length - 2]), id: String(parts[parts.length - 1]) };
}

/** Summaries of one phase whose figures do not hold at `now`: `staleAt <= now`, or `validFrom > now`. */
function outdatedOfPhase(table: Table<DossierSummary, string>, phase: DossierPhase, now: string): Promise<DossierSummary[]>[] {
  return [
    table.where(OUTDATED_INDEXES.byPhaseStaleAt).between([phase, Dexie.minKey], [phase, now], true, true).toArray(),
    table.where(OUTDATED_INDEXES.byPhaseValidFrom).between([phase, now], [phase, Dexie.maxKey], false, true).toArray(),
  ];
}

/** The index whose equality prefix matches the query's filters. */
function auditIndex(query: AuditQuery): string {
  if (query.onlyToReview) return REVIEW_INDEX;
  // Exhausted reminders imply an incomplete dossier: their index alone answers.
  if (query.onlyRemindersExhausted)
    return query.riskTypeId !== undefined ? REMINDER_INDEXES.byRiskTypeExhaustedPhase : REMINDER_INDEXES.byExhaustedPhase;
  if (query.riskTypeId !== undefined) return query.onlyIncomplete ? AUDIT_INDEXES.byRiskTypeIncompletePhase : AUDIT_INDEXES.byRiskTypePhase;
  return query.onlyIncomplete ? AUDIT_INDEXES.byIncompletePhase : AUDIT_INDEXES.byPhase;
}

/** The equality part of the index key for one phase, in the index's field order. */
function keyPrefix(query: AuditQuery, phase: DossierPhase): IndexableType[] {
  if (query.onlyToReview) return [1, phase];
  const prefix: IndexableType[] = [];
  if (query.riskTypeId !== undefined) prefix.push(query.riskTypeId);
  if (query.onlyRemindersExhausted || query.onlyIncomplete) prefix.push(1);
  prefix.push(phase);
  return prefix;
}
