import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { PortalConnection, PortalView } from '@dossier/core';
import { DossierElement } from '../../base/dossier-element.js';
import { LazyView } from '../../base/lazy-view.js';
import type { PickedFile } from './picked-file.js';

/**
 * @tagname dossier-portal
 * @summary The client's page behind a secure upload link: the requested pieces, a file picker per piece, progress, refusals, a summary.
 *
 * No login: it talks to one link through `connection` (`createRestPortal({ baseUrl, token })`
 * from `@dossier/storage-rest`). Shows the cabinet's name and the client's first name, each
 * requested piece with its instructions, accepted kinds and size limit, and per piece a
 * "Choisir un fichier" button (several files at once) and, when the piece takes images, a
 * "Prendre une photo" button that opens the camera on phones (`capture`). Each file gets its
 * progress bar; a file of the wrong kind or too large is refused before it is sent, in words
 * ("« scan.png » n'est pas accepté : document PDF"). A piece the broker refused shows the reason
 * and takes a new file. "Terminé" shows what was sent and what is still missing. One column,
 * from 320 px wide.
 *
 * @csspart base - The wrapper.
 * @csspart header - Greeting, cabinet and expiry.
 * @csspart piece - One requested piece; also `piece-requested`, `piece-received`, `piece-complete`, `piece-rejected`.
 * @csspart piece-header - A piece's label and status.
 * @csspart status - A piece's status; also `status-<status>`.
 * @csspart instructions - A piece's instructions.
 * @csspart rules - Accepted kinds and size.
 * @csspart rejection - The broker's reason for refusing the last file.
 * @csspart actions - The buttons of a piece.
 * @csspart file - A file picked or sent.
 * @csspart refusal - Why a file was refused.
 * @csspart done - The "Terminé" button.
 * @csspart summary - The summary shown after "Terminé".
 *
 * @cssproperty --dossier-portal-max-width - Widest the page grows (default 40rem).
 * @cssproperty --dossier-portal-complete - Colour of a complete piece (default: the success token).
 * @cssproperty --dossier-portal-rejected - Colour of refusals (default: the danger token).
 */
export class DossierPortal extends DossierElement {
  /** Its rendering, controls and styles, loaded on the first update. */
  protected static override view = new LazyView(() => import('./dossier-portal.view.js'));

  /** The link this page shows and sends to. */
  @property({ attribute: false }) connection?: PortalConnection;

  @state() protected portalView: PortalView | undefined;
  @state() protected failure: unknown;
  @state() private loading = false;
  @state() protected files: PickedFile[] = [];
  @state() protected summary = false;
  @state() protected announcement = '';
  /** Key of the last file picked on this page. */
  protected nextKey = 0;

  /** Reads the link's view again (after an upload, or to retry). */
  async reload(): Promise<void> {
    const connection = this.connection;
    if (!connection) return;
    this.loading = true;
    try {
      this.portalView = await connection.view();
      this.failure = undefined;
    } catch (error) {
      this.failure = error;
    } finally {
      this.loading = false;
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('connection')) {
      this.portalView = undefined;
      this.files = [];
      void this.reload();
    }
  }
}
