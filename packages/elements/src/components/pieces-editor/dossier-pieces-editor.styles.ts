import { css } from 'lit';

/** Styles of `<dossier-pieces-editor>`; its parts bring theirs (`<dossier-piece-options>`…), adopted into its shadow root. */
export const piecesEditorStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    background: var(--_bg);
  }
  .layout {
    display: grid;
    grid-template-columns: var(--dossier-pieces-editor-catalogue-width, 16rem) minmax(0, 1fr);
    gap: calc(var(--_gap) * 3);
    align-items: start;
  }
  @container (max-width: 40rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  button {
    padding: 0.3rem 0.7rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    line-height: 1.3;
  }
  button:hover:not(:disabled) {
    border-color: var(--_accent);
  }
  button:disabled {
    cursor: default;
    opacity: 0.45;
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-fg);
  }
  button.danger {
    color: var(--_danger);
  }
  button.danger-solid {
    background: var(--_danger);
    border-color: var(--_danger);
    color: #fff;
  }
  button.icon {
    min-width: 2rem;
    padding-inline: 0.4rem;
  }
  input,
  select {
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.3rem 0.5rem;
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  h2 {
    margin: 0 0 var(--_gap);
    font-size: 1.15rem;
    overflow-wrap: anywhere;
  }
  .pieces {
    list-style: none;
    margin: 0 0 var(--_gap);
    padding: 0;
    display: grid;
    gap: 4px;
  }
  .piece {
    position: relative;
    padding: 0.45rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--dossier-pieces-editor-row-bg, var(--_bg));
  }
  .piece.dragging {
    opacity: 0.5;
  }
  .piece[data-drop='before'] {
    box-shadow: inset 0 3px 0 var(--dossier-pieces-editor-drop-indicator, var(--_accent));
  }
  .piece[data-drop='after'] {
    box-shadow: inset 0 -3px 0 var(--dossier-pieces-editor-drop-indicator, var(--_accent));
  }
  .piece:focus-visible {
    box-shadow: var(--_focus);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_gap);
  }
  .handle {
    cursor: grab;
    color: var(--_muted);
    user-select: none;
  }
  .main {
    flex: 1 1 14rem;
    min-width: 0;
    display: grid;
    gap: 0.1rem;
  }
  .label {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.85rem;
    overflow-wrap: anywhere;
  }
  .actions,
  .rename {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35rem;
  }
  .field-error {
    flex-basis: 100%;
    margin: 0.25rem 0 0;
  }
  .confirm {
    margin-top: var(--_gap);
    padding: 0.6rem;
    border-radius: var(--_radius);
    border: 1px solid var(--_danger);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35rem;
  }
  .confirm p {
    flex-basis: 100%;
    margin: 0 0 0.25rem;
    overflow-wrap: anywhere;
  }
  .empty,
  .status {
    color: var(--_muted);
  }
  .reminder-policy {
    margin-top: calc(var(--_gap) * 2);
    border-top: 1px solid var(--_border, currentColor);
    padding-top: var(--_gap);
  }
  .reminder-policy h3 {
    margin: 0 0 0.35rem;
    font-size: 1rem;
  }
  .reminder-policy-form {
    display: grid;
    gap: 0.35rem;
    max-width: 32rem;
  }
  .reminder-policy-form .days {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    border: 0;
    padding: 0;
    margin: 0;
  }
  .reminder-policy-form .hint,
  .reminder-policy .hint {
    color: var(--_muted);
    margin: 0;
  }
  .reminder-policy-form .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
  }
`;
