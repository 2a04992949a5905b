import { css } from 'lit';

/** Styles of `<dossier-tracker>`. */
export const trackerStyles = css`
  :host {
    display: block;
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
  [part~='pieces'] {
    display: grid;
    gap: var(--_gap);
  }
  [part~='piece'] {
    display: grid;
    gap: 0.4rem;
    padding: 0.6rem 0.75rem;
    border: 1px solid var(--_border);
    border-left: 4px solid var(--_status, var(--_border));
    border-radius: var(--_radius);
    background: var(--dossier-tracker-piece-bg, var(--_bg));
  }
  [part~='piece-missing'],
  [part~='piece-expired'] {
    --_status: var(--dossier-tracker-missing, var(--_danger));
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
  .piece-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.75rem;
  }
  [part~='piece-label'] {
    font-weight: 600;
    overflow-wrap: anywhere;
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
  [part~='requirement'],
  .password-badge {
    border: 1px solid var(--dossier-warning, #b45309);
    border-radius: var(--dossier-radius, 4px);
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
  .piece-zone {
    --dossier-drop-zone-padding: 0.4rem;
  }
  .piece-zone::part(zone) {
    flex-direction: row;
    flex-wrap: wrap;
    justify-content: center;
    font-size: 0.9rem;
  }
  .piece-zone::part(hint) {
    display: none;
  }
  .piece-zone::part(icon) {
    display: none;
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
`;
