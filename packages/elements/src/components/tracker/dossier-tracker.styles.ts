import { css } from 'lit';

/** Styles of `<dossier-tracker>`. */
export const trackerStyles = css`
  :host {
    display: block;
    /* The list's layout follows the room the tracker is given, not the window's. */
    container-type: inline-size;
  }
  [part~='base'] {
    display: grid;
    gap: calc(var(--_gap) * 2);
    padding: var(--dossier-tracker-padding, 1rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  h2,
  h3 {
    margin: 0;
  }
  h2 {
    font-size: 1.15rem;
    overflow-wrap: anywhere;
  }
  h3 {
    font-size: 1rem;
  }
  p {
    margin: 0;
  }
  [part~='header'] {
    display: grid;
    gap: 0.35rem;
  }
  [part~='facts'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    margin: 0;
  }
  [part~='facts'] div {
    display: flex;
    gap: 0.35rem;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  [part~='count'] {
    font-weight: 600;
    color: var(--_danger);
  }
  [part~='count'].complete {
    color: var(--_success);
  }
  [part~='notice'] {
    padding: 0.5rem 0.75rem;
    border-left: 4px solid var(--_warning);
    background: color-mix(in srgb, var(--_warning) 10%, var(--_bg));
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  /* A dense list: one line per piece, separated by rules rather than boxes. */
  [part~='pieces'] {
    display: grid;
    /* name, status, requirement, documents, actions: columns shared by every line (subgrid). */
    grid-template-columns: minmax(8rem, 1fr) auto auto auto auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [part~='piece'] {
    grid-column: 1 / -1;
    display: grid;
    grid-template-columns: subgrid;
    align-items: center;
    gap: 0.25rem 0.75rem;
    padding: 0.35rem 0.6rem;
    border-left: 4px solid var(--_status, var(--_border));
    background: var(--dossier-tracker-piece-bg, var(--_bg));
  }
  [part~='piece'] + [part~='piece'] {
    border-top: 1px solid var(--_border);
  }
  [part~='piece-dragover'] {
    outline: 2px dashed var(--_accent);
    outline-offset: -2px;
    background: color-mix(in srgb, var(--_accent) 10%, var(--_bg));
  }
  .drop-hint {
    color: var(--_accent);
    font-weight: 600;
  }
  [part~='piece-missing'][data-required='true'],
  [part~='piece-expired'][data-required='true'] {
    --_status: var(--dossier-tracker-missing, var(--_danger));
  }
  /* A missing optional piece is not the alarm a required one is. */
  [part~='piece-missing'][data-required='false'],
  [part~='piece-expired'][data-required='false'] {
    --_status: var(--dossier-tracker-optional, var(--_border));
  }
  [part~='piece-obtained'] {
    --_status: var(--dossier-tracker-obtained, var(--_accent));
  }
  [part~='piece-archived'] {
    --_status: var(--dossier-tracker-archived, var(--_success));
  }
  [part~='piece-waived'] {
    --_status: var(--dossier-tracker-waived, var(--_muted));
  }
  .line {
    display: contents;
  }
  [part~='piece'] > :not(.line) {
    grid-column: 1 / -1;
  }
  [part~='piece-label'] {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .row-actions {
    display: inline-flex;
    align-items: center;
    justify-content: flex-end;
    gap: 0.35rem;
  }
  [part~='status'],
  [part~='document-count'],
  [part~='add-button'] {
    white-space: nowrap;
  }
  /* Narrower: two lines, the name and status, then the requirement, documents and actions. */
  @container (max-width: 44rem) {
    [part~='pieces'] {
      grid-template-columns: auto 1fr auto;
    }
    [part~='piece-label'] {
      grid-area: 1 / 1 / 2 / 3;
    }
    [part~='status'] {
      grid-area: 1 / 3;
      justify-self: end;
    }
    [part~='requirement'] {
      grid-area: 2 / 1;
    }
    [part~='document-count'] {
      grid-area: 2 / 2;
      justify-self: start;
    }
    .row-actions {
      grid-area: 2 / 3;
    }
  }
  /* Narrowest (a phone): the actions on a third line. */
  @container (max-width: 30rem) {
    [part~='pieces'] {
      grid-template-columns: 1fr auto;
    }
    [part~='piece-label'] {
      grid-area: 1 / 1;
    }
    [part~='status'] {
      grid-area: 1 / 2;
    }
    [part~='document-count'] {
      grid-area: 2 / 2;
      justify-self: end;
    }
    .row-actions {
      grid-area: 3 / 1 / 4 / 3;
      justify-content: flex-start;
    }
  }
  button.link {
    padding: 0;
    border: none;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    text-align: start;
  }
  .menu {
    position: relative;
    display: inline-flex;
  }
  button.icon {
    min-width: 2rem;
    font-weight: 700;
    line-height: 1.2;
  }
  [part~='menu'] {
    position: absolute;
    top: calc(100% + 2px);
    right: 0;
    z-index: 2;
    display: grid;
    min-width: max-content;
    padding: 0.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    box-shadow: 0 4px 12px color-mix(in srgb, var(--_fg) 18%, transparent);
  }
  [part~='menu'] button {
    border: none;
    text-align: start;
  }
  [part~='menu'] button:hover {
    background: color-mix(in srgb, var(--_accent) 10%, var(--_bg));
  }
  [part~='status'] {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    font-weight: 600;
  }
  [part~='status'] svg {
    width: 1rem;
    height: 1rem;
    flex: none;
    align-self: center;
  }
  [part~='requirement'] {
    justify-self: start;
  }
  [part~='requirement'],
  .password-badge {
    border: 1px solid var(--_warning);
    border-radius: var(--_radius);
    padding: 0 0.35em;
    font-size: 0.85em;
  }
  .note {
    color: var(--_muted);
    font-size: 0.9rem;
  }
  [part~='documents'] {
    display: grid;
    gap: 0.25rem;
  }
  [part~='document'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.6rem;
  }
  [part~='document'] .name {
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
  }
  button,
  input {
    font: inherit;
    padding: 0.25rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-fg);
    font-weight: 600;
  }
  button.small {
    padding: 0.1rem 0.5rem;
    font-size: 0.9rem;
  }
  button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: progress;
  }
  [part~='waive-form'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem;
  }
  [part~='waive-form'] input {
    flex: 1 1 12rem;
  }
  [part~='waive-form'] input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  [part~='waive-form'] .error {
    flex-basis: 100%;
  }
  [part~='indexer'] {
    padding: 0.75rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
  }
  [part~='empty'] {
    color: var(--_muted);
  }
  .next-reminder {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin: 0.25rem 0 0;
  }
  [part~='link-form'] {
    display: grid;
    gap: 0.35rem;
    max-width: 32rem;
    margin: 0.5rem 0 0;
  }
  [part~='link-form'] fieldset {
    border: 1px solid var(--_border, currentColor);
    border-radius: var(--_radius, 4px);
    padding: 0.35rem 0.6rem;
    margin: 0;
  }
  [part~='link-form'] .check {
    display: flex;
    align-items: center;
    gap: 0.4rem;
  }
  [part~='link-form'] input[type='number'] {
    max-width: 8rem;
  }
`;
