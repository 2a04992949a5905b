import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { AuditWindow, type AuditRow, type AuditWindowFilters, type AuditWindowStatus, type DossierClient } from '@dossier/core';
import { useDossierClient } from './dossier-client-context.js';

/** What {@link useAudit} returns. */
export interface AuditView {
  readonly status: AuditWindowStatus;
  readonly error: unknown;
  /** Rows matching the filters over all pages; `undefined` before the first answer. */
  readonly total: number | undefined;
  /** The rows of the window asked for, `undefined` where not loaded yet. */
  readonly rows: readonly (AuditRow | undefined)[];
  readonly busy: boolean;
  /** Start over (a "Retry" button). */
  reload(): void;
}

/** Options of {@link useAudit}. */
export interface UseAuditOptions {
  /** First row shown (default 0). */
  readonly first?: number;
  /** Rows shown from `first` (default 50); only those are loaded. */
  readonly count?: number;
  readonly client?: DossierClient;
}

/**
 * The portfolio audit as a host draws it: the rows of a window and the total,
 * kept fresh as the data changes — the React glue over core's `AuditWindow`
 * (the same engine as `<dossier-audit>`: cursors both ways, debounced reloads).
 *
 * @example
 * const audit = useAudit({ phase: 'contract', onlyIncomplete: true }, { count: 20 });
 * return <p>{audit.total ?? '…'} contrats en attente de pièces</p>;
 */
export function useAudit(filters: AuditWindowFilters, options: UseAuditOptions = {}): AuditView {
  const client = useDossierClient(options.client);
  const first = options.first ?? 0;
  const count = options.count ?? 50;
  const [audit] = useState(() => new AuditWindow({ pageSize: count }));
  // A version bumped on every change of the window: the snapshot React compares.
  const version = useRef(0);
  const subscribe = useCallback(
    (onChange: () => void) =>
      audit.subscribe(() => {
        version.current += 1;
        onChange();
      }),
    [audit],
  );
  const getVersion = useCallback(() => version.current, []);
  useSyncExternalStore(subscribe, getVersion, getVersion);
  const filtersKey = JSON.stringify(filters);
  useEffect(() => {
    audit.setPageSize(count);
    audit.setSource(client, JSON.parse(filtersKey) as AuditWindowFilters);
    audit.setWindow(first, first + count);
  }, [audit, client, filtersKey, first, count]);
  const rows = Array.from({ length: audit.total === undefined ? 0 : Math.max(0, Math.min(count, audit.total - first)) }, (_, i) =>
    audit.row(first + i),
  );
  return { status: audit.status, error: audit.error, total: audit.total, rows, busy: audit.busy, reload: () => audit.reload() };
}
