import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DossierError, intlLocale, isDossierError, toLocale, type DossierClient, type Locale } from '@dossier/core';
import { attachContextRoot } from '../context/attach-context-root.js';
import { dossierClientContext } from '../context/dossier-client-context.js';
import { dossierLocaleContext } from '../context/dossier-locale-context.js';
import type { DossierEventMap } from '../events/dossier-event-map.js';
import { warnClientAttribute } from '../context/warn-client-attribute.js';
import { tokensStyles } from '../styles/tokens.styles.js';
import { primaryActionStyles } from '../styles/primary-action.styles.js';
import type { ElementMessages } from '../i18n/element-messages.js';
import { elementMessagesOf, hasLocale, loadLocale } from '../i18n/locale-registry.js';
import { defineElement } from '../registry/define-element.js';
import { common as commonFr } from '../i18n/common-messages.fr.js';
import type { LazyView } from './lazy-view.js';

/** Detail type of a `dossier-*` event (see {@link DossierEventMap}). */
export type DossierEventDetail<K extends keyof DossierEventMap> = DossierEventMap[K]['detail'];

/**
 * Base of every Dossier element: finds the client and locale (own property
 * first, then `<dossier-provider>` through context), emits typed events, and
 * localizes errors.
 */
export abstract class DossierElement extends LitElement {
  static override styles = [tokensStyles, primaryActionStyles];

  /**
   * The Dossier elements this one renders, by tag. Defining this element, or creating one of it
   * after a host defined it by hand, defines them too when their tags are free — so
   * `customElements.define('dossier-badge', DossierBadge)` alone gives a working popover.
   */
  static dependencies: Readonly<Record<string, typeof DossierElement>> = {};

  /**
   * The element's rendering, when it comes from a chunk loaded on the first update (see
   * {@link LazyView}); unset when the class renders by itself.
   */
  protected static view: LazyView | undefined;

  /** Classes whose dependencies were defined already: creating 1,000 badges checks once. */
  private static readonly dependenciesDefined = new WeakSet<typeof DossierElement>();

  /**
   * Registers this class under `tag`, and its dependencies under theirs, when free. A tag taken by
   * another class is reported once with a console warning naming both; this never throws.
   */
  static define(tag: string, registry: CustomElementRegistry = customElements): void {
    this.defineDependencies(registry);
    defineElement(tag, this as unknown as CustomElementConstructor, registry);
  }

  private static defineDependencies(registry: CustomElementRegistry): void {
    if (DossierElement.dependenciesDefined.has(this)) return;
    DossierElement.dependenciesDefined.add(this);
    for (const [tag, element] of Object.entries(this.dependencies)) element.define(tag, registry);
  }

  /** The Dossier client; when unset, the nearest `<dossier-provider>`'s is used. */
  @property({ attribute: false }) client?: DossierClient;

  /**
   * UI locale: `fr`, `en`, `de`, `es`, `it`, `nl` or one a host registered (`registerLocale`); when
   * unset, the provider's, then the client's, then `fr`. A locale's texts load on first use: the
   * element renders once they are here.
   */
  @property({ reflect: true }) locale?: Locale;

  @consume({ context: dossierClientContext, subscribe: true })
  @state()
  protected contextClient?: DossierClient;

  @consume({ context: dossierLocaleContext, subscribe: true })
  @state()
  protected contextLocale?: Locale;

  /** Number of times this element rendered: a diagnostic for hosts and tests. */
  renderCount = 0;

  /** Why the element's view (its rendering, from a chunk) could not be loaded; cleared when it loads. */
  private viewError: unknown;
  /** Whether the view's styles were added to this element's shadow root. */
  private viewStylesAdopted = false;

  constructor() {
    super();
    // A host may have defined this element with customElements.define(), skipping define().
    (this.constructor as typeof DossierElement).defineDependencies(customElements);
  }

  override connectedCallback(): void {
    // Before super: it sends the context requests that a provider defined later must still receive.
    attachContextRoot(this.ownerDocument);
    super.connectedCallback();
    warnClientAttribute(this);
  }

  /** The client in use, or `undefined` when none was given. */
  get activeClient(): DossierClient | undefined {
    return this.client ?? this.contextClient;
  }

  /** The locale in use. */
  get activeLocale(): Locale {
    return toLocale(this.locale ?? this.contextLocale ?? this.activeClient?.locale ?? 'fr');
  }

  /** The tag `Intl` formats this element's dates and numbers with (`fr-FR`, `en-GB`, `de-DE`…). */
  get intlLocale(): string {
    return intlLocale(this.activeLocale);
  }

  /**
   * The texts of `key` (this element's, or `common`) in the active locale. Each element passes its
   * own French texts, the default and every fallback, so that a page bundles the French of the
   * elements it uses only.
   */
  protected text<K extends keyof ElementMessages>(key: K, french: ElementMessages[K]): ElementMessages[K] {
    return elementMessagesOf(this.activeLocale)?.[key] ?? french;
  }

  /** A person-readable message for any failure, in the active locale. */
  protected errorText(error: unknown): string {
    if (isDossierError(error)) return error.localize(this.activeLocale).message;
    // Not `instanceof Error`: the client may live in another frame, whose errors are not this realm's.
    const message = (error as { message?: unknown } | null)?.message;
    return new DossierError(
      'storage-unavailable',
      { reason: typeof message === 'string' ? message : String(error) },
      { locale: this.activeLocale },
    ).message;
  }

  /**
   * Dispatches a typed `dossier-*` event that bubbles and crosses shadow roots.
   * @returns false when a listener called `preventDefault()` on a cancelable event.
   */
  protected emit<K extends keyof DossierEventMap>(name: K, detail: DossierEventDetail<K>, options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }));
  }

  /**
   * Waits, the first time a locale is used, for its texts to load: the element never shows a
   * language it was not asked for. Waits too, the first time, for the element's view (its rendering,
   * from a chunk of its own): `updateComplete` still means "rendered". A view that fails to load
   * leaves a message and a retry button in its place, and is loaded again on the next update.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const locale = this.activeLocale;
    const view = (this.constructor as typeof DossierElement).view;
    // The class that declares the view: this one, or the one a host's subclass extends.
    let owner = this.constructor as typeof DossierElement;
    while (view && !Object.prototype.hasOwnProperty.call(owner, 'view')) owner = Object.getPrototypeOf(owner) as typeof DossierElement;
    const waits: Promise<unknown>[] = [];
    if (!hasLocale(locale)) waits.push(loadLocale(locale));
    if (view && !view.ready) {
      waits.push(
        view.whenReady(owner).then(
          () => (this.viewError = undefined),
          (error: unknown) => {
            if (this.viewError === undefined) console.error(`Dossier: <${this.localName}> could not be loaded.`, error);
            this.viewError = error;
          },
        ),
      );
    }
    const update = (): void | Promise<unknown> => {
      if (view?.ready && !this.viewStylesAdopted && this.renderRoot instanceof ShadowRoot) {
        view.adoptStyles(this.renderRoot);
        this.viewStylesAdopted = true;
      }
      return super.scheduleUpdate();
    };
    return waits.length === 0 ? update() : Promise.all(waits).then(update);
  }

  /**
   * What an element whose view failed to load shows: a message and a button to load it again.
   * Every element renders by itself, or through its view, which replaces this.
   */
  protected override render(): unknown {
    if (this.viewError === undefined) return nothing;
    const common = this.text('common', commonFr);
    return html`<p class="view-error" role="alert">
      ${common.partUnavailable} <button type="button" part="view-retry" @click=${this.retryView}>${common.retry}</button>
    </p>`;
  }

  /**
   * Loads the element's view again after a failure; once it renders, the focus the retry button
   * had goes to the element's first control rather than to the page.
   */
  private async retryView(): Promise<void> {
    this.requestUpdate();
    await this.updateComplete;
    if (this.viewError !== undefined) return;
    this.renderRoot.querySelector<HTMLElement>('button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])')?.focus();
  }

  protected override update(changed: PropertyValues): void {
    this.renderCount += 1;
    super.update(changed);
  }
}
