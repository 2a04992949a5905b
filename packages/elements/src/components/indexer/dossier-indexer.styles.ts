import { css } from 'lit';

/** Styles of `<dossier-indexer>`. */
export const indexerStyles = css`
  :host {
    display: block;
    --_thumb: var(--dossier-indexer-thumbnail-size, 3.5rem);
  }
  [part~='base'] {
    display: grid;
    gap: var(--_gap);
  }
  h2,
  h3 {
    margin: 0;
    font-size: 1rem;
  }
  h2 {
    font-size: 1.1rem;
  }
  h2:focus {
    outline: none;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }
  [part~='document'] {
    display: grid;
    /* minmax(0, …): a long file name or piece label wraps instead of widening the row. */
    grid-template-columns: var(--_thumb) minmax(0, 1fr);
    gap: 0.4rem 0.75rem;
    align-items: start;
    padding: 0.6rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--dossier-indexer-row-bg, var(--_bg));
  }
  [part~='preview'] {
    grid-row: span 2;
    width: var(--_thumb);
    height: var(--_thumb);
    display: grid;
    /* One cell filling the box, so that a drawn page's height: 100% is the box's. */
    grid-template: minmax(0, 1fr) / minmax(0, 1fr);
    place-items: center;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    overflow: hidden;
    color: var(--_muted);
    font-size: 0.7rem;
    font-weight: 600;
  }
  [part~='preview'] img {
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  /* A PDF's first page: drawn at the preview's size, the top of the page kept when cropped. */
  [part~='preview'] canvas {
    width: 100%;
    height: 100%;
    object-fit: cover;
    object-position: top;
    background: #fff;
  }
  [part~='preview'] svg {
    width: 55%;
    height: 55%;
  }
  .kind-pdf {
    color: var(--_danger);
  }
  .meta {
    display: grid;
    gap: 0.15rem;
    min-width: 0;
  }
  [part~='name'] {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .password-badge {
    justify-self: start;
    border: 1px solid var(--_warning);
    border-radius: var(--_radius);
    padding: 0 0.35em;
    font-size: 0.85em;
  }
  .preview-error {
    color: var(--_muted);
    font-size: 0.85rem;
  }
  .details,
  .hint {
    color: var(--_muted);
    font-size: 0.85rem;
  }
  .actions {
    min-width: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem;
  }
  .actions label {
    font-size: 0.9rem;
  }
  select,
  button {
    font: inherit;
    padding: 0.25rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
  }
  select {
    max-width: 100%;
    min-width: 0;
    text-overflow: ellipsis;
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-fg);
  }
  button.danger {
    color: var(--_danger);
  }
  button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: progress;
  }
  .full {
    grid-column: 1 / -1;
    margin: 0;
  }
  .review {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .review .error {
    flex-basis: 100%;
    margin: 0;
  }
  [part~='confirm'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem;
  }
  [part~='empty'],
  [part~='notice'] {
    margin: 0;
    color: var(--_muted);
  }
`;
