import { css } from 'lit';

/** Styles of `<dossier-reminder>`. */
export const reminderStyles = css`
  :host {
    display: block;
    color: var(--_fg);
  }
  form {
    display: grid;
    gap: calc(var(--_gap) * 1.5);
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  label {
    font-weight: 600;
  }
  input[type='text'],
  input[type='email'],
  textarea {
    width: 100%;
    padding: 0.4rem 0.55rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
  }
  textarea {
    min-height: var(--dossier-reminder-body-rows-height, 12rem);
    resize: vertical;
    white-space: pre-wrap;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  [part~='field-error'] {
    margin: 0;
    font-size: 0.9rem;
  }
  fieldset {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  fieldset ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25rem;
  }
  fieldset label {
    font-weight: normal;
    display: inline-flex;
    gap: 0.4rem;
    align-items: center;
  }
  .hint {
    margin: 0 0 0.35rem;
    font-size: 0.85rem;
  }
  .muted {
    color: var(--_muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_gap);
  }
  .actions [part~='status'] {
    margin: 0;
  }
  .link-action {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35rem var(--_gap);
  }
  .link-action p {
    margin: 0;
  }
  .success {
    color: var(--_success);
  }
  button {
    padding: 0.4rem 0.9rem;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--_bg);
    color: var(--_fg);
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-fg);
    font-weight: 600;
  }
  button[disabled],
  button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  .state {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
    align-items: center;
  }
  .automatic {
    display: grid;
    gap: 0.25rem;
    justify-items: start;
  }
  .automatic h3 {
    margin: 0;
    font-size: 1rem;
  }
  .automatic p {
    margin: 0;
  }
  .history .origin {
    color: var(--_muted, inherit);
    font-size: 0.875em;
  }
  .history {
    margin-top: calc(var(--_gap) * 2);
  }
  .history h3 {
    font-size: 1rem;
    margin: 0 0 0.4rem;
  }
  .history ol {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.3rem;
  }
  .history li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    padding: 0.3rem 0;
    border-bottom: 1px solid var(--_border);
  }
  .history time {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .history .subject {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
`;
