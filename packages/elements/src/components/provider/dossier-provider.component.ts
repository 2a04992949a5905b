import { provide } from '@lit/context';
import { LitElement, css, html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { DossierClient, Locale } from '@dossier/core';
import { dossierClientContext } from '../../context/dossier-client-context.js';
import { dossierLocaleContext } from '../../context/dossier-locale-context.js';
import { dossierStageLabelContext } from '../../context/dossier-stage-label-context.js';
import type { StageLabel } from '../../context/stage-label.js';
import { warnClientAttribute } from '../../context/warn-client-attribute.js';

/**
 * @tagname dossier-provider
 * @summary Provides a Dossier client and a locale to every Dossier element inside it.
 *
 * @slot - The host's content, where Dossier elements may appear at any depth (shadow roots included).
 *
 * @example
 * ```html
 * <dossier-provider locale="fr"><dossier-badge dossier-id="P-1"></dossier-badge></dossier-provider>
 * <script type="module">document.querySelector('dossier-provider').client = createDossierClient({ storage })</script>
 * ```
 */
export class DossierProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** The client handed to descendants. */
  @provide({ context: dossierClientContext })
  @property({ attribute: false })
  client?: DossierClient;

  /**
   * Names the host's pipeline stages in the UI locale, for every element below (the tracker shows
   * the stage). Without it a stage shows as stored: `(stage, locale) => labels[locale][stage] ?? stage`.
   */
  @provide({ context: dossierStageLabelContext })
  @property({ attribute: false })
  stageLabel?: StageLabel;

  /** UI locale of descendants; switching it re-renders them live. */
  @provide({ context: dossierLocaleContext })
  @property({ reflect: true })
  locale: Locale = 'fr';

  override connectedCallback(): void {
    super.connectedCallback();
    warnClientAttribute(this);
  }

  protected override render(): TemplateResult<1> {
    return html`<slot></slot>`;
  }
}
