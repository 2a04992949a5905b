import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, LitElement, nothing } from 'lit';
import type { ExpectedPiece } from '@dossier/core';
import { PieceReorderController, type PieceMove } from '../src/components/pieces-editor/piece-reorder-controller.js';

const piece = (id: string): ExpectedPiece => ({
  id,
  riskTypeId: 'auto',
  label: id.toUpperCase(),
  requirement: 'mandatory',
  accept: [],
  order: 0,
  revision: 1,
});

/** A bare list that reorders through the controller and stores its moves in memory, slowly or failing when told. */
class ReorderList extends LitElement {
  pieces: ExpectedPiece[] = ['a', 'b', 'c', 'd'].map(piece);
  editing = new Set<string>();
  moves: PieceMove[] = [];
  failNext = false;
  delay = 0;

  readonly reorder = new PieceReorderController(this, {
    pieces: () => this.pieces,
    isEditing: (id) => this.editing.has(id),
    rows: () => [...this.renderRoot.querySelectorAll<HTMLElement>('li')],
    commit: async (move) => {
      await new Promise((resolve) => setTimeout(resolve, this.delay));
      if (this.failNext) {
        this.failNext = false;
        throw new Error('storage down');
      }
      this.moves.push(move);
      this.pieces = move.ids.map((id) => this.pieces.find((p) => p.id === id)!);
      this.requestUpdate();
    },
  });

  protected override render() {
    return html`<ol>
      ${this.pieces.map(
        (p) => html`<li
          tabindex="0"
          data-id=${p.id}
          data-drop=${this.reorder.dropIndicator(p.id) ?? nothing}
          draggable="true"
          @keydown=${(event: KeyboardEvent) => this.reorder.onRowKeydown(event, p)}
          @dragstart=${(event: DragEvent) => this.reorder.onDragStart(event, p)}
          @dragover=${(event: DragEvent) => this.reorder.onDragOver(event, p)}
          @dragleave=${(event: DragEvent) => this.reorder.onDragLeave(event, p)}
          @drop=${(event: DragEvent) => this.reorder.onDrop(event, p)}
          @dragend=${this.reorder.onDragEnd}
        >
          ${p.label} <input aria-label=${`name of ${p.label}`} />
        </li>`,
      )}
    </ol>`;
  }
}
customElements.define('test-reorder-list', ReorderList);

const order = (el: ReorderList) => el.pieces.map((p) => p.id).join('');
const row = (el: ReorderList, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`li[data-id="${id}"]`)!;

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
  if (!condition()) throw new Error(`timed out waiting for ${what}`);
}

function drag(type: string, target: HTMLElement, dataTransfer: DataTransfer, where: 'top' | 'bottom' = 'bottom'): DragEvent {
  const rect = target.getBoundingClientRect();
  const event = new DragEvent(type, {
    dataTransfer,
    bubbles: true,
    composed: true,
    cancelable: true,
    clientY: where === 'top' ? rect.top + 1 : rect.bottom - 1,
  });
  target.dispatchEvent(event);
  return event;
}

describe('PieceReorderController', () => {
  it('runs quick moves one after the other, each from the order the previous one left', async () => {
    const el = await fixture<ReorderList>(testHtml`<test-reorder-list></test-reorder-list>`);
    el.delay = 20;
    el.reorder.moveBy('a', 1, 'down');
    el.reorder.moveBy('a', 1, 'down');
    el.reorder.moveBy('a', 5, 'down');
    await until(() => el.moves.length === 3, 'three moves');
    expect(order(el)).to.equal('bcda');
    expect(el.moves.map((m) => [m.piece.id, m.to, m.focus])).to.deep.equal([
      ['a', 1, 'down'],
      ['a', 2, 'down'],
      ['a', 3, 'down'],
    ]);
    // Already last: nothing to store.
    el.reorder.moveBy('a', 1, 'down');
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(el.moves).to.have.length(3);
  });

  it('goes on after a move that failed', async () => {
    const el = await fixture<ReorderList>(testHtml`<test-reorder-list></test-reorder-list>`);
    el.failNext = true;
    el.reorder.moveBy('d', -1, 'up');
    el.reorder.moveBy('b', -1, 'up');
    await until(() => el.moves.length === 1, 'the second move');
    expect(order(el)).to.equal('bacd');
  });

  it('moves the focused row with Alt+arrows, walks rows with plain arrows, and leaves a field’s keys alone', async () => {
    const el = await fixture<ReorderList>(testHtml`<test-reorder-list></test-reorder-list>`);
    row(el, 'b').focus();
    await sendKeys({ press: 'Alt+ArrowDown' });
    await until(() => order(el) === 'acbd', 'b down');
    expect(el.moves[0]!.focus).to.equal('row');
    await el.updateComplete;
    row(el, 'b').focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement).to.equal(row(el, 'd'));
    await sendKeys({ press: 'ArrowUp' });
    expect(el.shadowRoot!.activeElement).to.equal(row(el, 'b'));
    row(el, 'c').querySelector('input')!.focus();
    await sendKeys({ press: 'Alt+ArrowUp' });
    await sendKeys({ press: 'ArrowDown' });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(order(el)).to.equal('acbd');
    expect(el.shadowRoot!.activeElement).to.equal(row(el, 'c').querySelector('input'));
  });

  it('drags a row with a drop indicator, and not a row being edited nor a file', async () => {
    const el = await fixture<ReorderList>(testHtml`<test-reorder-list></test-reorder-list>`);
    const dt = new DataTransfer();
    el.editing.add('a');
    drag('dragstart', row(el, 'a'), dt);
    expect(el.reorder.draggingId).to.equal(undefined);
    expect(drag('dragover', row(el, 'c'), dt).defaultPrevented).to.equal(false);

    drag('dragstart', row(el, 'b'), dt);
    expect(el.reorder.draggingId).to.equal('b');
    expect(dt.getData('application/x-dossier-piece')).to.equal('b');
    expect(drag('dragover', row(el, 'd'), dt, 'top').defaultPrevented).to.equal(true);
    await el.updateComplete;
    expect(row(el, 'd').dataset['drop']).to.equal('before');
    expect(el.reorder.dropIndicator('b')).to.equal(undefined);
    drag('dragover', row(el, 'd'), dt, 'bottom');
    await el.updateComplete;
    expect(row(el, 'd').dataset['drop']).to.equal('after');
    drag('drop', row(el, 'd'), dt, 'bottom');
    row(el, 'b').dispatchEvent(new DragEvent('dragend', { bubbles: true, composed: true }));
    await until(() => order(el) === 'acdb', 'the drop');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-drop]')).to.equal(null);

    const files = new DataTransfer();
    files.items.add(new File(['%PDF-1.4'], 'x.pdf', { type: 'application/pdf' }));
    expect(drag('dragover', row(el, 'a'), files).defaultPrevented).to.equal(false);
    drag('drop', row(el, 'a'), files);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(order(el)).to.equal('acdb');
  });
});
