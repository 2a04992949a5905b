import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ExpectedPiece } from '@dossier/core';
import { DossierElement } from '../../base/dossier-element.js';
import { LazyView } from '../../base/lazy-view.js';
import type { PieceOptionsDraft } from '../pieces-editor/piece-options-draft.js';
import { PROFILE_ATTRIBUTES, type ProfileAttributeSuggestion } from '../pieces-editor/profile-attributes.js';

/**
 * What the view of `<dossier-piece-options>` adds that the element calls: `save()` only reaches it
 * once the view is loaded (before, nothing was shown, so nothing can be saved).
 */
export interface PieceOptionsViewMethods {
  /** Saves what the person changed; with nothing changed, closes. */
  saveOptions(): Promise<void>;
}

/** Prefixes of the inner ids of panels that have no `id`, unique in the page. */
let panelCount = 0;

/**
 * @tagname dossier-piece-options
 * @summary The options of one expected piece: its requirement (mandatory, optional, or a rule on the
 * client's profile), the kinds of files it accepts, its size limit and its validity; saved through
 * the client.
 *
 * What the person changes stays in the panel until "Enregistrer": only the changed fields are sent,
 * and a value core refuses is shown with core's message, the panel staying open. A stored rule the
 * simple controls cannot express is shown read-only and kept until it is replaced. Inner ids start
 * with the element's `id`. It renders into its own light DOM, so that inside
 * `<dossier-pieces-editor>` its parts are the editor's and the row's `aria-controls` reaches it.
 *
 * @fires {DossierPieceUpdatedEvent} dossier-piece-updated - The options were saved. Detail: `{ piece }`.
 * @fires {DossierPieceOptionsCloseEvent} dossier-piece-options-close - The person is done: cancelled, saved with nothing changed, or saved. Detail: `{ piece, outcome }`.
 *
 * @csspart options - The panel.
 * @csspart advanced-rule - The read-only view of a rule the simple controls cannot express.
 * @csspart input - Every text, number and select field.
 * @csspart attribute-options - The list of client attributes under the rule's attribute field (shown by name, stored by key).
 * @csspart button - Every button.
 * @csspart field-error - Core's refusal.
 */
export class DossierPieceOptions extends DossierElement {
  /** Its rendering and controls, loaded on the first update. */
  protected static override view = new LazyView(() => import('./dossier-piece-options.view.js'));

  /** The piece whose options are edited, as stored. A new object for the same piece keeps what was changed. */
  @property({ attribute: false }) piece?: ExpectedPiece;

  /** The client-profile attributes suggested in the rule's attribute field (see `<dossier-pieces-editor>`). */
  @property({ attribute: false }) profileAttributes: readonly ProfileAttributeSuggestion[] = PROFILE_ATTRIBUTES;

  /** What the person changed so far; `undefined` until they change something (the panel shows `draftFrom` then). */
  @state() protected draft: PieceOptionsDraft | undefined;
  /** The piece as it was when the panel started on it: what the draft starts from. */
  protected draftFrom: ExpectedPiece | undefined;
  /** Core's refusal of the last save. */
  @state() protected error: unknown;
  /** The text typed in the attribute field since the last choice; `undefined` shows the chosen attribute's name. */
  @state() protected attrTyped: string | undefined;
  /** Whether the attribute field's list of suggestions is shown. */
  @state() protected attrOpen = false;
  /** The suggestion the arrow keys are on, as an index in the shown list; -1 for none. */
  @state() protected attrActive = -1;

  protected busy = false;
  protected readonly fallbackId = `dossier-piece-options-${(panelCount += 1)}`;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Its styles come with its view, which adopts them where it renders: back in a page, perhaps
    // under another root, it renders again.
    if (this.hasUpdated) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Another piece: what was changed belonged to the previous one.
    if (changed.has('piece') && changed.get('piece')?.id !== this.piece?.id) {
      this.draftFrom = this.piece;
      this.draft = undefined;
      this.error = undefined;
      this.attrTyped = undefined;
      this.attrOpen = false;
    }
  }

  /** Saves what changed; with nothing changed, closes. */
  async save(): Promise<void> {
    // Its controls come with its view: before the view is loaded, nothing was shown, so nothing changed.
    if (!DossierPieceOptions.view.ready) return;
    await (this as unknown as PieceOptionsViewMethods).saveOptions();
  }
}
