import { adoptStyles, supportsAdoptingStyleSheets, type CSSResultGroup, type CSSResultOrNative } from 'lit';

/** A view class, as {@link ElementViewModule.view} returns it. */
export interface ElementViewClass {
  readonly prototype: object;
}

/**
 * What a `*.view.ts` module exports: a function giving its view class, and the styles only the
 * view needs.
 */
export interface ElementViewModule {
  /**
   * Returns the view class: a subclass of `element`, never instantiated, whose methods are the
   * element's rendering and what its controls do. It lives in a `*.view.ts` module beside the
   * element, so it can use the element's protected members. That module imports the element only
   * as a type: a bundler then never has to put the element's module in a chunk of its own, shared
   * by the page's entry and the view (esbuild would, and load it at start on every page).
   */
  readonly view: (element: never) => ElementViewClass;
  readonly styles?: CSSResultGroup;
}

/** The element class a view extends, as far as its styles go. */
interface StyledElementClass {
  readonly name: string;
  readonly elementStyles?: readonly CSSResultOrNative[];
}

/**
 * The part of a Dossier element loaded on its first update (its `render()`, the methods behind its
 * controls and their styles), so that a page registering every element at once does not download
 * every element's rendering before its first badge.
 *
 * The element's class keeps what must work before it renders: its properties and state, its
 * controllers (so its data starts loading at once, beside the view), its public methods and its
 * lifecycle. `DossierElement.scheduleUpdate` waits for the view before the first update, so
 * `await element.updateComplete` still means "rendered", styles included.
 *
 * Once loaded, the view's methods are copied onto the element's prototype: every element of the
 * class, those already in the page and those created later (subclasses included), has them. A view
 * may not redefine a member its element already has (but `render`): its `super` calls would then
 * call themselves. Loading it throws when one does, so the mistake shows in the element's first test.
 */
export class LazyView {
  private installed: { element: StyledElementClass; styles: CSSResultOrNative[] } | undefined;
  private loading: Promise<void> | undefined;

  /** @param load imports the view's module. */
  constructor(private readonly load: () => Promise<ElementViewModule>) {}

  /** Whether the view is loaded and installed: the element can render now. */
  get ready(): boolean {
    return this.installed !== undefined;
  }

  /**
   * Loads and installs the view once, on `element`: the class that declares this view. Concurrent
   * calls share one load; a load that fails rejects every waiting call, and the next call loads
   * again.
   */
  whenReady(element: object): Promise<void> {
    if (this.installed) return Promise.resolve();
    this.loading ??= this.load().then(
      (module) => {
        installView(module.view(element as never), element);
        this.installed = { element: element as StyledElementClass, styles: flattenStyles(module.styles) };
      },
      (error: unknown) => {
        this.loading = undefined;
        throw error;
      },
    );
    return this.loading;
  }

  /**
   * Adds the view's styles to one element's shadow root, right after its element class's own
   * styles: a host's subclass that adds styles of its own still has the last word.
   */
  adoptStyles(root: ShadowRoot): void {
    const styles = this.installed?.styles ?? [];
    if (styles.length === 0) return;
    if (!supportsAdoptingStyleSheets) return adoptStyles(root, styles);
    const sheets = styles
      .map((style) => (style instanceof CSSStyleSheet ? style : style.styleSheet))
      .filter((sheet) => sheet !== undefined);
    const own = new Set(
      (this.installed?.element.elementStyles ?? []).map((style) => (style instanceof CSSStyleSheet ? style : style.styleSheet)),
    );
    const current = root.adoptedStyleSheets;
    let after = 0;
    current.forEach((sheet, index) => {
      if (own.has(sheet)) after = index + 1;
    });
    root.adoptedStyleSheets = [...current.slice(0, after), ...sheets, ...current.slice(after)];
  }
}

/** Copies the view's own methods and accessors onto its element's prototype, refusing to redefine one. */
function installView(view: ElementViewClass, elementClass: object): void {
  const element = (elementClass as { prototype: object }).prototype;
  const name = (elementClass as { name?: string }).name ?? 'element';
  if (Object.getPrototypeOf(view.prototype) !== element) throw new Error(`Dossier: the view of ${name} does not extend it.`);
  const keys = Reflect.ownKeys(view.prototype).filter((key) => key !== 'constructor');
  for (const key of keys) {
    const redefines = key === 'render' ? Object.prototype.hasOwnProperty.call(element, key) : key in element;
    if (redefines) throw new Error(`Dossier: the view of ${name} redefines "${String(key)}", which ${name} already has.`);
  }
  for (const key of keys) Object.defineProperty(element, key, Object.getOwnPropertyDescriptor(view.prototype, key)!);
}

/** A style group as the list of its styles, in order. */
function flattenStyles(group: CSSResultGroup | undefined): CSSResultOrNative[] {
  if (group === undefined) return [];
  return Array.isArray(group) ? group.flatMap((item) => flattenStyles(item)) : [group as CSSResultOrNative];
}
