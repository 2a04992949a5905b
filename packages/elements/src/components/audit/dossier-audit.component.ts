import type { PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { AUDIT_DEFAULTS, type AuditOrder, type AuditRow, type ReminderTransport, type RiskType } from '@dossier/core';
import { DossierElement } from '../../base/dossier-element.js';
import { LazyView } from '../../base/lazy-view.js';
import { DossierQueryController } from '../../controllers/dossier-query-controller.js';
import { DossierReminder } from '../reminder/dossier-reminder.component.js';
import { auditPhases, type AuditPhaseFilter } from './audit-phase-filter.js';
import { AuditWindowController } from './audit-window-controller.js';

/** Rows rendered above and below the visible ones, so a fast scroll or Tab never meets a blank. */
const OVERSCAN = 6;
/** Height assumed for the scroll area until it has been measured. */
const FALLBACK_VIEWPORT = 480;

/**
 * @tagname dossier-audit
 * @summary The consolidated view of contracts awaiting pieces: filters, sort, and a windowed list over `client.audit`.
 *
 * Each row shows the client, the contract, the risk, the missing pieces, how long
 * the contract has been waiting and the last reminder; the e-mail button at the
 * right opens `<dossier-reminder>` in a dialog. Only the rows in view (plus a few)
 * are in the DOM and only their pages are fetched, so 100,000 contracts scroll
 * smoothly. Any client change reloads the window (debounced by 100 ms).
 *
 * @fires {DossierAuditOpenEvent} dossier-audit-open - A client or contract was clicked. Detail: `{ dossierId }`.
 * @fires {DossierReminderSendEvent} dossier-reminder-send - From the reminder dialog (cancelable); see `<dossier-reminder>`.
 * @fires {DossierReminderSentEvent} dossier-reminder-sent - From the reminder dialog; see `<dossier-reminder>`.
 *
 * @csspart header - The title and count.
 * @csspart title - The title.
 * @csspart total - The number of matching contracts (announced).
 * @csspart exhausted-filter - The "Relances épuisées" checkbox.
 * @csspart review-filter - The "À vérifier uniquement" checkbox.
 * @csspart filters - The filter bar.
 * @csspart table - The scrolling table.
 * @csspart header-row - The column headers.
 * @csspart row - One contract row.
 * @csspart client - The client button of a row.
 * @csspart contract - The contract button of a row.
 * @csspart risk - The risk type of a row (two lines at most, the full label in its title).
 * @csspart remind-button - The e-mail button of a row.
 * @csspart dialog - The reminder dialog.
 * @csspart empty - The empty state.
 * @csspart reset-button - "Réinitialiser les filtres", in the empty state when filters left nothing.
 *
 * @cssproperty --dossier-audit-height - Height of the scrolling table. Default `28rem`.
 * @cssproperty --dossier-audit-min-width - Width below which the table scrolls sideways. Default `52rem`.
 * @cssproperty --dossier-audit-row-hover - Background of a hovered row.
 * @cssproperty --dossier-audit-columns - `grid-template-columns` of the rows.
 */
export class DossierAudit extends DossierElement {
  static override dependencies = { 'dossier-reminder': DossierReminder };
  /** Its rendering, controls and styles, loaded on the first update. */
  protected static override view = new LazyView(() => import('./dossier-audit.view.js'));

  /** Only this risk type; empty for every type. */
  @property({ attribute: 'risk-type-id', reflect: true }) riskTypeId = '';

  /** Contracts (default), proposals, or both. */
  @property({ reflect: true }) phase: AuditPhaseFilter = 'contract';

  /** Only dossiers missing required pieces (default). The attribute turns it off with `only-incomplete="false"`. */
  @property({
    attribute: 'only-incomplete',
    converter: { fromAttribute: (value: string | null) => value !== 'false', toAttribute: (value: boolean) => String(value) },
  })
  onlyIncomplete = true;

  /** Only dossiers whose automatic reminders are exhausted ("relances épuisées"): every step sent, pieces still missing. */
  @property({ attribute: 'only-reminders-exhausted', type: Boolean, reflect: true }) onlyRemindersExhausted = false;
  /** Only dossiers with documents the client sent that wait for the broker's review ("à vérifier"). */
  @property({ attribute: 'only-to-review', type: Boolean, reflect: true }) onlyToReview = false;

  /** `oldest` (most overdue first, default) or `newest`. */
  @property({ reflect: true }) order: AuditOrder = AUDIT_DEFAULTS.order;

  /** Rows fetched per request. */
  @property({ attribute: 'page-size', type: Number }) pageSize = 50;

  /** Height of one row in pixels; every row has it, which is what makes windowing exact. */
  @property({ attribute: 'row-height', type: Number }) rowHeight = 56;

  /** Transport handed to the reminder dialog; default `mailto:`. */
  @property({ attribute: false }) reminderTransport?: ReminderTransport;

  @state() protected firstVisible = 0;
  @state() protected viewportHeight = 0;
  @state() protected reminderFor: AuditRow | undefined;

  @query('[part~="table"]') protected tableElement?: HTMLElement;
  @query('dialog') protected dialogElement?: HTMLDialogElement;

  private resizeObserver: ResizeObserver | undefined;
  private observed: Element | undefined;
  protected opener: HTMLElement | undefined;

  protected readonly window = new AuditWindowController(this, {
    filters: () => ({
      phase: auditPhases(this.phase),
      ...(this.riskTypeId ? { riskTypeId: this.riskTypeId } : {}),
      onlyIncomplete: this.onlyIncomplete,
      ...(this.onlyRemindersExhausted ? { onlyRemindersExhausted: true } : {}),
      ...(this.onlyToReview ? { onlyToReview: true } : {}),
      order: this.order === 'newest' ? 'newest' : 'oldest',
    }),
    pageSize: () => this.pageSize,
  });

  protected readonly riskTypes = new DossierQueryController<RiskType[]>(this, {
    key: () => null,
    load: (client) => client.riskTypes.list(),
    affectedBy: (event) => event.riskTypeIds.length > 0,
  });

  /** Rows matching the filters; `undefined` while the first page loads. */
  get total(): number | undefined {
    return this.window.total;
  }

  /** Whether rows are loading or a reload is pending: tests and hosts may wait for it to drop. */
  get busy(): boolean {
    return this.window.busy;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.observed = undefined;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (
      ['riskTypeId', 'phase', 'onlyIncomplete', 'onlyRemindersExhausted', 'onlyToReview', 'order'].some((name) => changed.has(name)) &&
      this.tableElement
    ) {
      this.tableElement.scrollTop = 0;
      this.firstVisible = 0;
    }
    this.observeTable();
    const [first, end] = this.range();
    this.window.setWindow(first, end);
    // Only when a row asks: a render between close() and its async 'close' event must not reopen it.
    const dialog = this.dialogElement;
    if (changed.has('reminderFor') && dialog && this.reminderFor && !dialog.open) dialog.showModal();
  }

  /** Rows to render: the visible ones plus the overscan, `[first, end)`. */
  protected range(): [number, number] {
    const height = this.viewportHeight || FALLBACK_VIEWPORT;
    const visible = Math.ceil(height / this.rowHeight) + 1;
    const first = Math.max(0, this.firstVisible - OVERSCAN);
    return [first, this.firstVisible + visible + OVERSCAN];
  }

  private observeTable(): void {
    const table = this.tableElement;
    if (table === this.observed) return;
    this.observed = table;
    this.resizeObserver?.disconnect();
    if (!table) return;
    this.resizeObserver ??= new ResizeObserver(() => {
      const height = this.observed?.clientHeight ?? 0;
      if (height !== this.viewportHeight) this.viewportHeight = height;
    });
    this.resizeObserver.observe(table);
    // A fresh table (after an empty or loading state) starts at the top.
    this.firstVisible = Math.floor(table.scrollTop / this.rowHeight);
  }
}
