import type { ReactiveController } from 'lit';
import { AuditWindow, type AuditRow, type AuditWindowFilters, type AuditWindowStatus } from '@dossier/core';
import type { DossierElement } from '../../base/dossier-element.js';

/** How an {@link AuditWindowController} queries. */
export interface AuditWindowOptions {
  readonly filters: () => AuditWindowFilters;
  /** Rows fetched at least per request (`client.audit`'s `limit`). */
  readonly pageSize: () => number;
  /** Client changes are coalesced for this long before the window reloads. Default 100 ms. */
  readonly debounceMs?: number;
}

/**
 * Lit glue over core's {@link AuditWindow}: hands it the element's client and
 * filters before each update, listens while the element is connected, and
 * re-renders the element when the window changes.
 */
export class AuditWindowController implements ReactiveController {
  private readonly window: AuditWindow;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly host: DossierElement,
    private readonly options: AuditWindowOptions,
  ) {
    this.window = new AuditWindow({ ...(options.debounceMs !== undefined ? { debounceMs: options.debounceMs } : {}) });
    host.addController(this);
  }

  get status(): AuditWindowStatus {
    return this.window.status;
  }

  get error(): unknown {
    return this.window.error;
  }

  /** Rows matching the filters, over all pages; `undefined` before the first answer. */
  get total(): number | undefined {
    return this.window.total;
  }

  /** Whether a load or a debounced reload is under way. */
  get busy(): boolean {
    return this.window.busy;
  }

  /** The row at `index` in the filters' order, when loaded. */
  row(index: number): AuditRow | undefined {
    return this.window.row(index);
  }

  /** Rows `first` (inclusive) to `end` (exclusive) are on screen: load those missing. */
  setWindow(first: number, end: number): void {
    this.window.setWindow(first, end);
  }

  /** Starts over from an empty cache (the "Retry" button). */
  reload(): void {
    this.window.reload();
  }

  hostConnected(): void {
    this.unsubscribe ??= this.window.subscribe(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  hostUpdate(): void {
    this.window.setPageSize(this.options.pageSize());
    this.window.setSource(this.host.activeClient, this.options.filters());
  }
}
