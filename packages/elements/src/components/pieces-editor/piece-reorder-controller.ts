import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ExpectedPiece } from '@dossier/core';
import { isFormField } from '../../realm/is-form-field.js';

/** Media type of the drag data, so that rows ignore anything else dragged over them (files, text). */
const DRAG_TYPE = 'application/x-dossier-piece';

/** Where a dragged row would land, shown by the drop indicator. */
export interface DropTarget {
  readonly pieceId: string;
  readonly position: 'before' | 'after';
}

/** Which control of a moved row gets the focus back. */
export type MoveFocus = 'row' | 'up' | 'down';

/** One move, as the controller asks its host to store it. */
export interface PieceMove {
  readonly piece: ExpectedPiece;
  /** Every piece id in the new order. */
  readonly ids: readonly string[];
  /** The new index of the piece. */
  readonly to: number;
  readonly focus: MoveFocus;
}

/** What the controller needs from the element it serves. */
export interface PieceReorderOptions {
  /** The pieces in their current order; `undefined` while loading. */
  pieces(): readonly ExpectedPiece[] | undefined;
  /** Whether a piece's row is being edited (renamed, confirmed, options open): it cannot be dragged then. */
  isEditing(pieceId: string): boolean;
  /** The rows, in order, for the arrow keys to walk. */
  rows(): readonly HTMLElement[];
  /** Stores and shows one move; the next one waits for it. */
  commit(move: PieceMove): Promise<void>;
}

/**
 * How a person reorders a list of expected pieces: drag and drop with a drop indicator, Alt+↑/↓ on
 * a focused row, the "Monter"/"Descendre" buttons, and plain ↑/↓ to walk from row to row. Moves run
 * one after the other, each computed from the order the previous one left, so that quick presses
 * never reorder from a stale list. Storing a move is the host's (`commit`).
 */
export class PieceReorderController implements ReactiveController {
  /** The row being dragged. */
  draggingId: string | undefined;
  /** Where it would land. */
  dropTarget: DropTarget | undefined;

  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PieceReorderOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.reset();
  }

  /** Forgets a drag in progress (the list was replaced). */
  reset(): void {
    this.draggingId = undefined;
    this.dropTarget = undefined;
  }

  /** The drop indicator of a row: `before`, `after`, or none. */
  dropIndicator(pieceId: string): DropTarget['position'] | undefined {
    return this.dropTarget?.pieceId === pieceId && this.draggingId !== pieceId ? this.dropTarget.position : undefined;
  }

  /** Queues a move of `pieceId` by `delta` places (clamped to the list). */
  moveBy(pieceId: string, delta: number, focus: MoveFocus): void {
    this.enqueue(pieceId, (from) => from + delta, focus);
  }

  /** Alt+↑/↓ moves the row; plain ↑/↓ walk from row to row when the row itself has the focus. */
  onRowKeydown(event: KeyboardEvent, piece: ExpectedPiece): void {
    const target = event.composedPath()[0];
    if (isFormField(target)) return;
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    const delta = event.key === 'ArrowUp' ? -1 : 1;
    if (event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      this.moveBy(piece.id, delta, 'row');
      return;
    }
    if (target !== event.currentTarget || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    const rows = this.options.rows();
    rows[rows.indexOf(target as HTMLElement) + delta]?.focus();
  }

  onDragStart(event: DragEvent, piece: ExpectedPiece): void {
    if (this.options.isEditing(piece.id)) return;
    this.draggingId = piece.id;
    if (event.dataTransfer) {
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData(DRAG_TYPE, piece.id);
    }
    this.host.requestUpdate();
  }

  onDragOver(event: DragEvent, piece: ExpectedPiece): void {
    if (this.draggingId === undefined) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
    const position = dropPosition(event);
    if (this.dropTarget?.pieceId !== piece.id || this.dropTarget.position !== position) {
      this.dropTarget = { pieceId: piece.id, position };
      this.host.requestUpdate();
    }
  }

  onDragLeave(event: DragEvent, piece: ExpectedPiece): void {
    const row = event.currentTarget as HTMLElement;
    const related = event.relatedTarget as Node | null;
    if (related && row.contains(related)) return;
    if (this.dropTarget?.pieceId === piece.id) {
      this.dropTarget = undefined;
      this.host.requestUpdate();
    }
  }

  onDrop(event: DragEvent, piece: ExpectedPiece): void {
    const draggedId = this.draggingId ?? (event.dataTransfer?.getData(DRAG_TYPE) || undefined);
    if (draggedId === undefined) return;
    event.preventDefault();
    const position = this.dropTarget?.pieceId === piece.id ? this.dropTarget.position : dropPosition(event);
    this.reset();
    this.host.requestUpdate();
    if (draggedId === piece.id) return;
    const targetId = piece.id;
    this.enqueue(
      draggedId,
      () => {
        const remaining = (this.options.pieces() ?? []).map((p) => p.id).filter((id) => id !== draggedId);
        return remaining.indexOf(targetId) + (position === 'after' ? 1 : 0);
      },
      'row',
    );
  }

  readonly onDragEnd = (): void => {
    this.reset();
    this.host.requestUpdate();
  };

  /** Queues a move of `pieceId` to the index `target` computes from its index when the move runs. */
  private enqueue(pieceId: string, target: (from: number) => number, focus: MoveFocus): void {
    // `commit` shows its own failures; whatever happens, the next move must still run.
    this.queue = this.queue.then(() => this.run(pieceId, target, focus)).catch(() => undefined);
  }

  private async run(pieceId: string, target: (from: number) => number, focus: MoveFocus): Promise<void> {
    const pieces = this.options.pieces();
    if (!pieces) return;
    const from = pieces.findIndex((piece) => piece.id === pieceId);
    const piece = pieces[from];
    if (!piece) return;
    const to = Math.max(0, Math.min(pieces.length - 1, target(from)));
    if (to === from) return;
    const ids = pieces.map((p) => p.id);
    ids.splice(from, 1);
    ids.splice(to, 0, pieceId);
    await this.options.commit({ piece, ids, to, focus });
  }
}

/** Whether the pointer is over the upper or lower half of the row under it. */
function dropPosition(event: DragEvent): DropTarget['position'] {
  const rect = (event.currentTarget as HTMLElement).getBoundingClientRect();
  return event.clientY < rect.top + rect.height / 2 ? 'before' : 'after';
}
