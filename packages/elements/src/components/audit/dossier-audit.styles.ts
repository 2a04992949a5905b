import { css } from 'lit';

/** Styles of `<dossier-audit>`. */
export const auditStyles = css`
  :host {
    display: block;
    color: var(--_fg);
    --_columns: var(
      --dossier-audit-columns,
      minmax(9rem, 1.6fr) 7rem minmax(9rem, 1.4fr) minmax(10.5rem, 1.2fr) 6rem 9rem 2.25rem
    );
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_gap);
  }
  h2 {
    margin: 0;
    font-size: 1.15rem;
  }
  [part~='total'] {
    margin: 0;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_gap) calc(var(--_gap) * 1.5);
    margin: calc(var(--_gap) * 1.5) 0;
  }
  .filters label {
    display: grid;
    gap: 0.2rem;
    font-size: 0.9rem;
    font-weight: 600;
  }
  .filters label.check {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    font-weight: normal;
  }
  select {
    font: inherit;
    font-size: 0.9rem;
    padding: 0.3rem 0.4rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
  }
  .table {
    position: relative;
    height: var(--dossier-audit-height, 28rem);
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    overscroll-behavior: contain;
  }
  .head {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--_bg);
    border-bottom: 1px solid var(--_border);
    min-width: var(--dossier-audit-min-width, 52rem);
  }
  .head [role='columnheader'] {
    white-space: nowrap;
  }
  .head .row {
    position: static;
    font-weight: 600;
    font-size: 0.9rem;
    color: var(--_muted);
    padding-top: 0.5rem;
    padding-bottom: 0.5rem;
  }
  .body {
    position: relative;
    font-size: 0.95rem;
    min-width: var(--dossier-audit-min-width, 52rem);
  }
  .row {
    position: absolute;
    left: 0;
    right: 0;
    display: grid;
    grid-template-columns: var(--_columns);
    align-items: center;
    gap: var(--_gap);
    padding: 0 0.75rem;
    border-bottom: 1px solid var(--_border);
    contain: strict;
  }
  .head .row {
    contain: none;
  }
  .body .row:hover {
    background: var(--dossier-audit-row-hover, color-mix(in srgb, var(--_accent) 6%, transparent));
  }
  .ellipsis {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  /* Names get two lines in the row's height rather than an ellipsis after a few letters. */
  .clamp {
    min-width: 0;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    overflow: hidden;
    overflow-wrap: anywhere;
    line-height: 1.25;
  }
  .cell {
    min-width: 0;
    display: flex;
    align-items: center;
  }
  /* Risk type labels are the host's: a long one must not push the other filters to a second row. */
  select.risk-types {
    max-width: 11rem;
  }
  /* The two "… seulement" boxes stacked: the filters stay on one row. */
  .checks {
    display: grid;
    gap: 0.1rem;
  }
  .cell button.link {
    white-space: normal;
    overflow: visible;
  }
  .number {
    font-variant-numeric: tabular-nums;
  }
  .muted {
    color: var(--_muted);
  }
  .reminders {
    display: flex;
    flex-direction: column;
    min-width: 0;
  }
  .next-reminder {
    color: var(--_muted);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  button.link {
    max-width: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    padding: 0;
    border: none;
    background: none;
    color: var(--_accent);
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  button.icon {
    display: inline-grid;
    place-items: center;
    width: 2.25rem;
    height: 2.25rem;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_accent);
  }
  button.icon svg {
    width: 1.1rem;
    height: 1.1rem;
  }
  .action {
    justify-self: end;
  }
  .state p {
    margin: 0;
  }
  .state {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
    align-items: center;
    padding: 1rem;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .state button {
    padding: 0.3rem 0.8rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
  }
  dialog {
    width: min(40rem, 94vw);
    max-height: 90vh;
    padding: 1rem 1.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.35);
  }
  .dialog-header {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: 1rem;
    margin-bottom: 0.75rem;
  }
  .close {
    border: none;
    background: transparent;
    color: var(--_fg);
    font-size: 1.4rem;
    line-height: 1;
  }
`;
