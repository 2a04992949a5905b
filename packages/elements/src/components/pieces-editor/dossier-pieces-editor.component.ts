import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ExpectedPiece, RiskType } from '@dossier/core';
import { DossierElement } from '../../base/dossier-element.js';
import { LazyView } from '../../base/lazy-view.js';
import { DossierQueryController } from '../../controllers/dossier-query-controller.js';
import { DossierNewPieceForm } from '../new-piece-form/dossier-new-piece-form.component.js';
import { DossierPieceOptions } from '../piece-options/dossier-piece-options.component.js';
import { DossierRiskTypeList } from '../risk-type-list/dossier-risk-type-list.component.js';
import { ReminderPolicyController } from './reminder-policy-controller.js';
import { PieceReorderController, type PieceMove } from './piece-reorder-controller.js';
import { PROFILE_ATTRIBUTES, type ProfileAttributeSuggestion } from './profile-attributes.js';

/**
 * What the view of `<dossier-pieces-editor>` adds that the element's reorder controller calls:
 * moves only come from the view's controls, so the view is loaded by then.
 */
export interface PiecesEditorViewMethods {
  /** Stores one move, announces it and puts the focus back. */
  commitMove(move: PieceMove): Promise<void>;
}

/**
 * @tagname dossier-pieces-editor
 * @summary The catalogue's contract types and, for the selected one, its expected pieces ("pièces attendues"):
 * add, rename, reorder, remove, and set each piece's requirement, accepted kinds, size limit and validity.
 *
 * Administration › Conseil/vente › Pièces attendues. The left panel lists the
 * risk types of `client.riskTypes.list()` (arrow keys move, Enter or Space
 * selects); the right panel lists the pieces of the selected type in order.
 * Pieces move by drag and drop, with the "Monter"/"Descendre" buttons, or with
 * Alt+↑/Alt+↓ on a focused row; each move is announced.
 *
 * Built from `<dossier-risk-type-list>` (the left panel), `<dossier-new-piece-form>` ("Ajouter une
 * pièce"), `<dossier-piece-options>` (a piece's options) and a reorder controller; they render into
 * this element's shadow root, so their parts are listed here.
 *
 * @fires {DossierRiskTypeSelectEvent} dossier-risk-type-select - A risk type was picked. Detail: `{ riskTypeId }`.
 * @fires {DossierPieceAddRequestEvent} dossier-piece-add-request - Cancelable, before adding. Detail: `{ riskTypeId, input }`; listeners may complete `input`.
 * @fires {DossierPieceAddedEvent} dossier-piece-added - A piece was added. Detail: `{ piece }`.
 * @fires {DossierPieceUpdatedEvent} dossier-piece-updated - A piece was renamed or its options saved. Detail: `{ piece }`.
 * @fires {DossierPieceRemoveRequestEvent} dossier-piece-remove-request - Cancelable, after the person confirmed, before removing. Detail: `{ piece }`.
 * @fires {DossierPieceRemovedEvent} dossier-piece-removed - A piece was removed. Detail: `{ piece }`.
 * @fires {DossierPiecesReorderedEvent} dossier-pieces-reordered - The pieces got a new order. Detail: `{ riskTypeId, pieces }`.
 *
 * @csspart base - The two-panel layout.
 * @csspart catalogue - The left panel (navigation landmark).
 * @csspart risk-types - The list of risk types.
 * @csspart risk-type - One risk type button; the selected one also has `risk-type-selected`.
 * @csspart risk-type-selected - The selected risk type button.
 * @csspart pieces-panel - The right panel.
 * @csspart heading - "Pièces attendues — {label}".
 * @csspart pieces - The ordered list of expected pieces.
 * @csspart piece - One piece row; `data-drop="before|after"` while a dragged row would land there.
 * @csspart piece-label - The label of a piece.
 * @csspart piece-requirement - The requirement, accepted kinds, size limit and validity in words.
 * @csspart button - Every button.
 * @csspart input - Every text field.
 * @csspart add-button - "Ajouter une pièce".
 * @csspart add-form - The "Nouvelle pièce" field and its buttons.
 * @csspart field-error - An error shown at a field.
 * @csspart confirm - The inline removal confirmation.
 * @csspart options - The options panel of a piece.
 * @csspart advanced-rule - The read-only view of a rule the simple controls cannot express.
 * @csspart attribute-options - The list of client attributes under a rule's attribute field.
 * @csspart empty - An empty-state message.
 * @csspart error - An error-state message.
 * @csspart reminder-policy - "Relances automatiques" of the selected risk type: steps, maximum, send window, escalation.
 * @csspart reminder-policy-heading - Its heading.
 * @csspart reminder-policy-source - Where the policy shown comes from (this type, the cabinet, the default).
 * @csspart reminder-policy-save - "Enregistrer les relances".
 * @csspart reminder-policy-reset - "Revenir à la politique du cabinet".
 *
 * @cssproperty --dossier-pieces-editor-catalogue-width - Width of the left panel (default `16rem`).
 * @cssproperty --dossier-pieces-editor-selected-bg - Background of the selected risk type (default: the accent colour).
 * @cssproperty --dossier-pieces-editor-selected-text - Text colour of the selected risk type.
 * @cssproperty --dossier-pieces-editor-drop-indicator - Colour of the drop indicator line (default: the accent colour).
 * @cssproperty --dossier-pieces-editor-row-bg - Background of a piece row.
 */
export class DossierPiecesEditor extends DossierElement {
  static override dependencies = {
    'dossier-risk-type-list': DossierRiskTypeList,
    'dossier-new-piece-form': DossierNewPieceForm,
    'dossier-piece-options': DossierPieceOptions,
  };
  /** Its rendering, controls and styles, loaded on the first update. */
  protected static override view = new LazyView(() => import('./dossier-pieces-editor.view.js'));

  /** The selected risk type; the first of the catalogue when unset. Reflects the selection. */
  @property({ attribute: 'risk-type-id', reflect: true }) riskTypeId = '';

  /**
   * The client-profile attributes the host's rules use, suggested in the rule's
   * attribute field and named by their `label` in the broker's locale, in that
   * field once chosen (the rule stores the key) and in rule summaries
   * ("Obligatoire si montant du prêt est supérieur à 200 000").
   */
  @property({ attribute: false }) profileAttributes: readonly ProfileAttributeSuggestion[] = PROFILE_ATTRIBUTES;

  @state() protected renamingId: string | undefined;
  @state() protected renameError: unknown;
  @state() protected confirmingId: string | undefined;
  /** Pieces whose options panel is open; each panel keeps what the person changed. */
  @state() protected optionsOpen: ReadonlySet<string> = new Set();
  /** A failed move or removal, shown above the list. */
  @state() protected actionError: unknown;
  @state() protected announcement = '';

  protected busy = false;

  protected readonly catalogue = new DossierQueryController<RiskType[]>(this, {
    key: () => 'catalogue',
    load: (client) => client.riskTypes.list(),
    affectedBy: (event) => event.riskTypeIds.length > 0,
  });

  protected readonly piecesQuery = new DossierQueryController<ExpectedPiece[]>(this, {
    key: () => this.riskTypeId,
    load: (client) => (this.riskTypeId ? client.pieces.list(this.riskTypeId) : Promise.resolve([])),
    affectedBy: (event) => this.riskTypeId !== '' && event.riskTypeIds.includes(this.riskTypeId),
  });

  protected readonly reorder = new PieceReorderController(this, {
    pieces: () => this.piecesQuery.value,
    isEditing: (pieceId) => this.renamingId === pieceId || this.optionsOpen.has(pieceId) || this.confirmingId === pieceId,
    rows: () => [...(this.renderRoot as ShadowRoot).querySelectorAll<HTMLElement>('[part~="piece"]')],
    commit: (move) => (this as unknown as PiecesEditorViewMethods).commitMove(move),
  });

  protected readonly reminderPolicy = new ReminderPolicyController(this, {
    riskTypeId: () => this.riskTypeId,
    client: () => this.activeClient,
    errorText: (error) => this.errorText(error),
  });

  /** The risk types shown in the left panel; `undefined` while loading. */
  get riskTypes(): readonly RiskType[] | undefined {
    return this.catalogue.value;
  }

  /** The expected pieces of the selected risk type, in order; `undefined` while loading. */
  get pieces(): readonly ExpectedPiece[] | undefined {
    return this.piecesQuery.value;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const first = this.catalogue.value?.[0];
    if (!this.riskTypeId && first) this.riskTypeId = first.id;
    if (changed.has('riskTypeId')) {
      // What was being edited belonged to the previous type's pieces.
      this.renamingId = undefined;
      this.renameError = undefined;
      this.confirmingId = undefined;
      this.optionsOpen = new Set();
      this.actionError = undefined;
      this.reorder.reset();
    }
  }

  /** Done once the parts it renders (new-piece form, options panels) are rendered too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    const parts = [
      ...(this.renderRoot as ShadowRoot).querySelectorAll<DossierElement>(
        'dossier-new-piece-form, dossier-piece-options, dossier-risk-type-list',
      ),
    ];
    await Promise.all(parts.map((part) => part.updateComplete));
    return result;
  }
}
