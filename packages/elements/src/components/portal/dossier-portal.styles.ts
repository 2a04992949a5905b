import { css } from 'lit';

/** Styles of `<dossier-portal>`: one column from 320 px, the phone first. */
export const portalStyles = css`
  :host {
    display: block;
    max-width: var(--dossier-portal-max-width, 40rem);
    margin-inline: auto;
    padding: var(--dossier-space-4, 1rem);
    font-family: var(--dossier-font-family);
    color: var(--dossier-color-text);
    box-sizing: border-box;
  }
  h1 {
    font-size: 1.35rem;
    margin: 0 0 0.5rem;
  }
  h2 {
    font-size: 1.1rem;
    margin: 0;
  }
  p {
    margin: 0.25rem 0;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  [part~='piece'] {
    border: 1px solid var(--dossier-color-border, #d0d5dd);
    border-radius: var(--_radius);
    padding: 0.75rem;
    margin-block: 0.75rem;
    display: grid;
    gap: 0.5rem;
  }
  [part~='piece-header'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5rem;
    align-items: baseline;
  }
  [part~='status'] {
    font-size: 0.875rem;
    font-weight: 600;
    border-radius: 999px;
    padding: 0.1rem 0.6rem;
    background: var(--dossier-color-muted-bg, #f2f4f7);
  }
  [part~='status-complete'] {
    color: var(--dossier-portal-complete, var(--dossier-color-success, #067647));
  }
  [part~='status-rejected'] {
    color: var(--dossier-portal-rejected, var(--dossier-color-danger, #b42318));
  }
  [part~='rejection'] {
    border-inline-start: 4px solid var(--dossier-portal-rejected, var(--dossier-color-danger, #b42318));
    padding-inline-start: 0.5rem;
  }
  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  button,
  label.pick {
    font: inherit;
    min-height: 44px;
    padding: 0.5rem 1rem;
    border-radius: var(--_radius);
    border: 1px solid var(--dossier-color-primary, #1d4ed8);
    background: var(--dossier-color-surface, #fff);
    color: var(--dossier-color-primary, #1d4ed8);
    cursor: pointer;
    display: inline-flex;
    align-items: center;
  }
  label.pick:focus-within,
  button:focus-visible {
    outline: 3px solid var(--dossier-color-focus, #1d4ed8);
    outline-offset: 2px;
  }
  [part~='done'] {
    background: var(--dossier-color-primary, #1d4ed8);
    color: var(--dossier-color-on-primary, #fff);
    width: 100%;
  }
  input[type='file'] {
    position: absolute;
    width: 1px;
    height: 1px;
    opacity: 0;
    overflow: hidden;
  }
  progress {
    width: 100%;
    height: 0.75rem;
  }
  [part~='file'] {
    display: grid;
    gap: 0.25rem;
    overflow-wrap: anywhere;
  }
  [part~='refusal'] {
    color: var(--dossier-portal-rejected, var(--dossier-color-danger, #b42318));
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
