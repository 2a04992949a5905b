/** A rectangle in window coordinates (a `DOMRect` fits). */
export interface Box {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/** Where the popover goes: `top` or `bottom` (from the window's bottom edge), `left`, and the height it may take. */
export interface PopoverPlacement {
  readonly side: 'below' | 'above';
  readonly top: number | null;
  readonly bottom: number | null;
  readonly left: number;
  readonly maxHeight: number;
}

/** Space kept between the popover and the window's edges, and between it and the badge, in px. */
const EDGE = 8;
const GAP = 6;
/** Below this, the popover overlaps the badge rather than becoming a sliver. */
const MIN_HEIGHT = 120;

/**
 * Places the popover beside its badge and inside the window: below the badge when it fits there
 * (or when below has at least as much room as above), else above; never wider or taller than the
 * window allows — a taller content scrolls inside, so its last control can always be reached.
 */
export function popoverPlacement(
  anchor: Box,
  popover: { readonly height: number; readonly width: number },
  view: { readonly width: number; readonly height: number },
): PopoverPlacement {
  const roomBelow = view.height - anchor.bottom - GAP - EDGE;
  const roomAbove = anchor.top - GAP - EDGE;
  const side = popover.height <= roomBelow || roomBelow >= roomAbove ? 'below' : 'above';
  const room = side === 'below' ? roomBelow : roomAbove;
  const maxHeight = Math.max(Math.min(MIN_HEIGHT, view.height - 2 * EDGE), room);
  const width = Math.min(popover.width, view.width - 2 * EDGE);
  const left = Math.min(Math.max(EDGE, anchor.left), Math.max(EDGE, view.width - width - EDGE));
  if (side === 'below') return { side, top: Math.min(anchor.bottom + GAP, view.height - EDGE - maxHeight), bottom: null, left, maxHeight };
  return { side, top: null, bottom: Math.min(view.height - anchor.top + GAP, view.height - EDGE - maxHeight), left, maxHeight };
}
