import { css } from 'lit';

/** Styles of `<dossier-checklist>`. */
export const checklistStyles = css`
  :host {
    display: block;
    --_remaining: var(--dossier-checklist-remaining, var(--_danger));
    --_done: var(--dossier-checklist-done, var(--_success));
    --_neutral: var(--dossier-checklist-neutral, var(--_muted));
  }
  [part~='base'] {
    display: grid;
    gap: calc(var(--_gap) * 1.5);
  }
  p {
    margin: 0;
  }
  .loading {
    color: var(--_muted);
  }
  [part~='summary'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .count {
    display: inline-flex;
    align-items: baseline;
    gap: 0.3rem;
    padding: 0.1rem 0.55rem;
    border: 1px solid var(--_border);
    border-left: 4px solid var(--_neutral);
    border-radius: var(--_radius);
    font-size: 0.875em;
  }
  .count.remaining {
    border-left-color: var(--_remaining);
  }
  .count.obtained,
  .count.archived {
    border-left-color: var(--_done);
  }
  .count-number {
    font-weight: 700;
  }
  section {
    border-left: 4px solid var(--_neutral);
    padding-left: 0.6rem;
  }
  [part~='group-remaining'] {
    border-left-color: var(--_remaining);
  }
  [part~='group-obtained'],
  [part~='group-archived'] {
    border-left-color: var(--_done);
  }
  h3 {
    margin: 0 0 0.25rem;
    font-size: 0.95em;
  }
  [part~='group-count'] {
    font-weight: 400;
    color: var(--_muted);
  }
  ul.pieces,
  [part~='documents'] {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  ul.pieces {
    display: grid;
    gap: 0.4rem;
  }
  [part~='piece'] {
    display: grid;
    gap: 0.15rem;
  }
  .piece-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 var(--_gap);
  }
  .label {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .status,
  .reason,
  .doc-state {
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part~='document'] {
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  .add {
    justify-self: start;
  }
  .retry {
    justify-self: start;
    padding: 0.2rem 0.7rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    font-size: 0.875em;
  }
  [part~='empty'] {
    color: var(--_muted);
  }
`;
