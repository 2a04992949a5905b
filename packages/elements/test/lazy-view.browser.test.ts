import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { css, type CSSResultGroup } from 'lit';
import { state } from 'lit/decorators.js';
import { DossierElement } from '../src/base/dossier-element.js';
import { LazyView, type ElementViewModule } from '../src/base/lazy-view.js';
import '../src/locales/en.js';

let tags = 0;

/** A promise and the functions that settle it, for a load the test finishes when it wants. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

/**
 * A fresh element class with a lazy view (each test gets its own: a view installs once per class),
 * and a loader whose every call the test answers: `loads` lists them, oldest first.
 */
function lazyElement(options: { viewStyles?: CSSResultGroup } = {}) {
  const loads: ReturnType<typeof deferred<ElementViewModule>>[] = [];
  class Lazy extends DossierElement {
    static override styles = [...DossierElement.styles, css`:host { display: block; }`];
    protected static override view = new LazyView(() => {
      const load = deferred<ElementViewModule>();
      loads.push(load);
      return load.promise;
    });
    @state() protected clicks = 0;

    /** Public, on the element: works before the view has loaded. */
    press(): void {
      this.clicks += 1;
    }
  }
  class LazyViewClass extends Lazy {
    protected override render() {
      return html`<button type="button" part="body" @click=${this.onClick}>${this.label()}</button>`;
    }
    private label(): string {
      return `clicks ${this.clicks}`;
    }
    private onClick(): void {
      this.press();
    }
  }
  const tag = `test-lazy-${(tags += 1)}`;
  customElements.define(tag, Lazy);
  const module: ElementViewModule = {
    view: () => LazyViewClass,
    styles: options.viewStyles ?? css`[part='body'] { color: rgb(1, 2, 3); }`,
  };
  return { Lazy, tag, loads, module };
}

const body = (element: Element) => element.shadowRoot!.querySelector<HTMLButtonElement>('[part="body"]');
const alertOf = (element: Element) => element.shadowRoot!.querySelector<HTMLElement>('[role="alert"]');

describe('LazyView: an element rendered by a view loaded on its first update', () => {
  it('waits for the view before the first update: updateComplete means rendered, with the view’s styles', async () => {
    const { tag, loads, module } = lazyElement();
    const element = document.createElement(tag) as DossierElement & { press(): void };
    element.press(); // before it is even connected
    document.body.append(element);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(element.renderCount, 'no render before the view').to.equal(0);
    expect(body(element)).to.equal(null);
    expect(loads).to.have.length(1);
    const done = element.updateComplete;
    loads[0]!.resolve(module);
    await done;
    expect(body(element)!.textContent).to.equal('clicks 1');
    expect(getComputedStyle(body(element)!).color).to.equal('rgb(1, 2, 3)');
    body(element)!.click();
    await element.updateComplete;
    expect(body(element)!.textContent, 'a view method bound as a handler, `this` the element').to.equal('clicks 2');
    element.remove();
  });

  it('loads once for every element of the class, those created before and after', async () => {
    const { tag, loads, module } = lazyElement();
    const first = document.createElement(tag) as DossierElement;
    const second = document.createElement(tag) as DossierElement;
    document.body.append(first, second);
    await new Promise((resolve) => setTimeout(resolve, 0));
    loads[0]!.resolve(module);
    await Promise.all([first.updateComplete, second.updateComplete]);
    const third = (await fixture(`<${tag}></${tag}>`)) as DossierElement;
    expect(loads, 'one load').to.have.length(1);
    for (const element of [first, second, third]) {
      expect(body(element)!.textContent).to.equal('clicks 0');
      expect(getComputedStyle(body(element)!).color, 'each shadow root has the view’s styles').to.equal('rgb(1, 2, 3)');
    }
    first.remove();
    second.remove();
  });

  it('a failed load leaves a localized message and a retry button, reachable by keyboard; the retry loads again', async () => {
    const { tag, loads, module } = lazyElement();
    const errors: unknown[][] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const element = document.createElement(tag) as DossierElement;
      element.locale = 'en';
      document.body.append(element);
      await new Promise((resolve) => setTimeout(resolve, 0));
      const done = element.updateComplete;
      loads[0]!.reject(new TypeError('Failed to fetch dynamically imported module'));
      expect(await done, 'updateComplete resolves').to.equal(true);
      expect(alertOf(element)!.textContent).to.contain('This part of Dossier could not be loaded');
      expect(body(element)).to.equal(null);
      expect(errors, 'said once in the console').to.have.length(1);
      const retry = alertOf(element)!.querySelector('button')!;
      expect(retry.textContent).to.equal('Retry');
      retry.focus();
      await sendKeys({ press: 'Enter' });
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(loads, 'the retry loads again').to.have.length(2);
      loads[1]!.resolve(module);
      await element.updateComplete;
      expect(alertOf(element)).to.equal(null);
      expect(body(element)!.textContent).to.equal('clicks 0');
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(element.shadowRoot!.activeElement === body(element), 'the focus the retry had goes to the element’s first control').to.equal(
        true,
      );
      element.remove();
    } finally {
      console.error = consoleError;
    }
  });

  it('concurrent first loads share one; a failure rejects every waiting call and the next call loads again', async () => {
    let calls = 0;
    let fail = true;
    const { Lazy, module } = lazyElement();
    const view = new LazyView(async () => {
      calls += 1;
      if (fail) throw new Error('offline');
      return module;
    });
    const results = await Promise.allSettled([view.whenReady(Lazy), view.whenReady(Lazy)]);
    expect(results.map((result) => result.status)).to.deep.equal(['rejected', 'rejected']);
    expect(calls).to.equal(1);
    expect(view.ready).to.equal(false);
    fail = false;
    await Promise.all([view.whenReady(Lazy), view.whenReady(Lazy)]);
    expect(calls).to.equal(2);
    expect(view.ready).to.equal(true);
    await view.whenReady(Lazy);
    expect(calls, 'never loaded again once installed').to.equal(2);
  });

  it('refuses a view that redefines a member of its element (its super calls would call themselves), and one whose element renders', async () => {
    class Element extends DossierElement {
      ownMethod(): string {
        return 'element';
      }
    }
    class Redefines extends Element {
      override ownMethod(): string {
        return `view of ${super.ownMethod()}`;
      }
    }
    class Lifecycle extends Element {
      protected override updated(): void {}
    }
    class Rendering extends DossierElement {
      protected override render() {
        return html`own`;
      }
    }
    class RenderingView extends Rendering {
      protected override render() {
        return html`view`;
      }
    }
    for (const [viewClass, element, name] of [
      [Redefines, Element, 'ownMethod'],
      [Lifecycle, Element, 'updated'],
      [RenderingView, Rendering, 'render'],
    ] as const) {
      const error = await new LazyView(async () => ({ view: () => viewClass })).whenReady(element).then(
        () => undefined,
        (caught: unknown) => caught as Error,
      );
      expect(error?.message, name).to.contain(`redefines "${name}"`);
    }
    const notExtending = await new LazyView(async () => ({ view: () => Redefines })).whenReady(Rendering).then(
      () => undefined,
      (caught: unknown) => caught as Error,
    );
    expect(notExtending?.message).to.contain('does not extend it');
    expect(Element.prototype.ownMethod.call(null), 'nothing installed').to.equal('element');
  });

  it('a host’s subclass keeps the last word on styles: the view’s come after the element’s, before the subclass’s', async () => {
    const {
      Lazy,
      tag: plainTag,
      loads,
      module,
    } = lazyElement({ viewStyles: css`[part='body'] { color: rgb(1, 2, 3); background: rgb(4, 5, 6); }` });
    class Themed extends Lazy {
      static override styles = [...Lazy.styles, css`[part='body'] { color: rgb(9, 9, 9); }`];
    }
    const tag = `test-lazy-${(tags += 1)}`;
    customElements.define(tag, Themed);
    const element = document.createElement(tag) as DossierElement;
    document.body.append(element);
    await new Promise((resolve) => setTimeout(resolve, 0));
    loads[0]!.resolve(module);
    await element.updateComplete;
    const style = getComputedStyle(body(element)!);
    expect(style.color, 'the subclass wins').to.equal('rgb(9, 9, 9)');
    expect(style.backgroundColor, 'the view’s other rules apply').to.equal('rgb(4, 5, 6)');
    element.remove();
    // Loaded through the subclass, the view went on the class that declares it: the element's own instances have it.
    const plain = (await fixture(`<${plainTag}></${plainTag}>`)) as DossierElement;
    expect(body(plain)!.textContent).to.equal('clicks 0');
    expect(getComputedStyle(body(plain)!).color).to.equal('rgb(1, 2, 3)');
    expect(loads).to.have.length(1);
  });
});
