import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { dossierQueries, type DossierSummary } from '@dossier/core';
import { DossierElement } from '../../base/dossier-element.js';
import { common as commonFr } from '../../i18n/common-messages.fr.js';
import { badge as badgeFr } from './dossier-badge.messages.fr.js';
import { DossierQueryController } from '../../controllers/dossier-query-controller.js';
import { DossierChecklist } from '../checklist/dossier-checklist.component.js';
import { badgeStyles } from './dossier-badge.styles.js';
import { popoverPlacement } from './popover-placement.js';

const documentIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2"><path d="M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8z"/><path d="M14 2v6h6M9 13h6M9 17h6"/></svg>`;

/**
 * @tagname dossier-badge
 * @summary The document icon of a pipeline card, with the number of required pieces still to collect.
 *
 * Zero shows as complete. Clicking opens a popover with `<dossier-checklist>`
 * (obtained, archived, remaining, with "Ajouter document").
 *
 * @fires {DossierBadgeToggleEvent} dossier-badge-toggle - The checklist opened or closed. Detail: `{ dossierId, open }`.
 * @fires {DossierDocumentAddRequestEvent} dossier-document-add-request - From the checklist's drop zone (cancelable). Detail: `{ dossierId, pieceId, file }`.
 * @fires {DossierDocumentAddedEvent} dossier-document-added - From the checklist's drop zone: a file was stored. Detail: `{ dossierId, document }`.
 * @fires {DossierDocumentRejectedEvent} dossier-document-rejected - From the checklist's drop zone: a file was refused. Detail: `{ dossierId, fileName, error }`.
 *
 * @csspart button - The clickable badge.
 * @csspart icon - The document icon.
 * @csspart count - The number bubble.
 * @csspart review - "2 à vérifier": documents the client sent that wait for the broker's review.
 * @csspart popover - The checklist popover.
 *
 * @cssproperty --dossier-badge-missing-bg - Bubble colour while pieces are missing.
 * @cssproperty --dossier-badge-missing-text - Bubble text colour while pieces are missing.
 * @cssproperty --dossier-badge-complete-bg - Bubble colour once complete.
 * @cssproperty --dossier-badge-review-bg - Background of "N à vérifier".
 * @cssproperty --dossier-badge-review-text - Text colour of "N à vérifier".
 */
export class DossierBadge extends DossierElement {
  static override styles = [...DossierElement.styles, badgeStyles];
  static override dependencies = { 'dossier-checklist': DossierChecklist };

  /** The dossier (the host's proposal id). */
  @property({ attribute: 'dossier-id' }) dossierId = '';

  /** Reflects whether the dossier is complete, for host styling. */
  @property({ type: Boolean, reflect: true }) complete = false;

  /** Whether the checklist popover is open. */
  @state() private open = false;

  @query('[part~="popover"]') private popoverElement?: HTMLElement;
  @query('[part~="button"]') private buttonElement?: HTMLButtonElement;

  /** Re-places the open popover when the window, the page's scroll or the checklist's size change. */
  private placementWatch: { stop(): void } | undefined;

  /**
   * The dossier's stored summary, shared through core's query cache: the
   * badges of a pipeline mounted together are read in one storage read.
   */
  private readonly completeness = new DossierQueryController<DossierSummary>(this, {
    query: () => dossierQueries.summary(this.dossierId),
  });

  /** The number shown: required pieces missing or expired; `undefined` while loading. */
  get count(): number | undefined {
    return this.completeness.value?.requiredMissing;
  }

  /** Opens the checklist popover. */
  show(): void {
    this.setOpen(true);
  }

  /** Closes the checklist popover. */
  hide(): void {
    this.setOpen(false);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Documents waiting for review do not count yet: not complete while any waits.
    this.complete = this.completeness.value
      ? this.completeness.value.requiredMissing === 0 && !(this.completeness.value.toReview ?? 0)
      : false;
  }

  constructor() {
    super();
    // On the host, not the popover: Escape must close it while focus is still on the badge too.
    this.addEventListener('keydown', this.onKeydown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopPlacementWatch();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const popover = this.popoverElement;
    if (!popover || typeof popover.showPopover !== 'function') return;
    const shown = popover.matches(':popover-open');
    if (this.open && !shown) {
      popover.showPopover();
      this.watchPlacement(popover);
    }
    if (!this.open && shown) {
      popover.hidePopover();
      this.stopPlacementWatch();
    }
    if (this.open) this.placePopover();
  }

  protected override render(): TemplateResult<1> {
    const t = this.text('badge', badgeFr);
    const common = this.text('common', commonFr);
    const { status, value, error } = this.completeness;
    if (status === 'no-client') return html`<span class="error" role="alert">${common.noClient}</span>`;
    if (status === 'error') {
      return html`<button part="button" type="button" class="error" @click=${() => this.completeness.reload()} title=${this.errorText(error)}>
        ${documentIcon}<span>!</span><span class="visually-hidden">${this.errorText(error)} — ${common.retry}</span>
      </button>`;
    }
    const count = value?.requiredMissing;
    const toReview = value?.toReview ?? 0;
    const collect = count === undefined ? common.loading : count === 0 ? (toReview > 0 ? '' : t.complete) : t.toCollect(count);
    const label = [collect, toReview > 0 ? t.toReview(toReview) : ''].filter(Boolean).join(', ');
    return html`
      <button
        part="button"
        type="button"
        aria-haspopup="dialog"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-label=${t.buttonLabel(label)}
        aria-busy=${status === 'loading' ? 'true' : 'false'}
        @click=${() => this.setOpen(!this.open)}
      >
        <span part="icon">${documentIcon}</span>
        ${count === 0 && toReview > 0 ? nothing : html`<span part="count" aria-hidden="true">${count === undefined ? '…' : count === 0 ? '✓' : String(count)}</span>`}
        ${toReview > 0 ? html`<span part="review" aria-hidden="true">${t.toReview(toReview)}</span>` : nothing}
      </button>
      <span class="visually-hidden" aria-live="polite">${label}</span>
      <div part="popover" popover="manual" role="dialog" aria-label=${t.title} @toggle=${this.onToggle}>
        ${
          this.open
            ? html`<header>
                <span>${t.title}</span>
                <button class="close" type="button" aria-label=${common.close} @click=${() => this.setOpen(false)}>×</button>
              </header>
              <dossier-checklist .client=${this.activeClient} .locale=${this.activeLocale} dossier-id=${this.dossierId}></dossier-checklist>`
            : nothing
        }
      </div>
    `;
  }

  private setOpen(open: boolean): void {
    if (this.open === open) return;
    this.open = open;
    this.emit('dossier-badge-toggle', { dossierId: this.dossierId, open });
    if (!open) void this.updateComplete.then(() => this.buttonElement?.focus());
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.open || event.defaultPrevented) return;
    // An inner element that handles Escape itself (a waiver form, a select) prevents it first.
    event.stopPropagation();
    this.setOpen(false);
  };

  /** Puts the popover beside the badge and inside the window, through the CSSOM (CSP-safe). */
  private placePopover(): void {
    const popover = this.popoverElement;
    const button = this.buttonElement;
    const view = this.ownerDocument.defaultView;
    if (!popover || !button || !view) return;
    const border = popover.offsetHeight - popover.clientHeight;
    const place = popoverPlacement(
      button.getBoundingClientRect(),
      { height: popover.scrollHeight + border, width: popover.offsetWidth },
      { width: this.ownerDocument.documentElement.clientWidth, height: view.innerHeight },
    );
    const px = (value: number | null) => (value === null ? 'auto' : `${Math.round(value)}px`);
    popover.style.setProperty('top', px(place.top));
    popover.style.setProperty('bottom', px(place.bottom));
    popover.style.setProperty('left', px(place.left));
    popover.style.setProperty('max-height', px(place.maxHeight));
    popover.dataset['side'] = place.side;
  }

  private watchPlacement(popover: HTMLElement): void {
    this.stopPlacementWatch();
    const view = this.ownerDocument.defaultView;
    if (!view) return;
    const place = () => this.placePopover();
    // The checklist loads after opening and grows: its size decides the side.
    const resize = new ResizeObserver(place);
    // Its children, not the popover itself, whose max-height this sets (no resize loop).
    for (const child of Array.from(popover.children)) resize.observe(child);
    view.addEventListener('resize', place);
    view.addEventListener('scroll', place, { capture: true, passive: true });
    this.placementWatch = {
      stop: () => {
        resize.disconnect();
        view.removeEventListener('resize', place);
        view.removeEventListener('scroll', place, { capture: true });
      },
    };
  }

  private stopPlacementWatch(): void {
    this.placementWatch?.stop();
    this.placementWatch = undefined;
  }

  private readonly onToggle = (event: Event): void => {
    const newState = (event as Event & { newState?: string }).newState;
    if (newState === 'closed' && this.open) this.setOpen(false);
  };
}
