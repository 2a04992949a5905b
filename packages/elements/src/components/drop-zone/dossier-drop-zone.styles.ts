import { css } from 'lit';

/** Styles of `<dossier-drop-zone>`. */
export const dropZoneStyles = css`
  :host {
    display: block;
  }
  [part~='zone'] {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--_gap);
    padding: var(--dossier-drop-zone-padding, 1rem);
    border: var(--dossier-drop-zone-border, 2px dashed var(--_border));
    border-radius: var(--_radius);
    background: var(--dossier-drop-zone-bg, transparent);
    color: var(--_fg);
    text-align: center;
    cursor: pointer;
    transition: background-color 120ms, border-color 120ms;
  }
  [part~='zone']:hover {
    border-color: var(--_accent);
  }
  [part~='dragover'] {
    border-color: var(--_accent);
    border-style: solid;
    background: var(--dossier-drop-zone-active-bg, color-mix(in srgb, var(--_accent) 12%, transparent));
  }
  /* Texts keep their contrast when disabled; only the (exempt) disabled button fades. */
  :host([disabled]) [part~='zone'] {
    cursor: not-allowed;
    border-color: var(--_border);
  }
  [part~='icon'] svg {
    width: 1.75rem;
    height: 1.75rem;
    color: var(--_accent);
  }
  p {
    margin: 0;
  }
  [part~='hint'] {
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part~='button']:disabled {
    cursor: not-allowed;
    opacity: 0.55;
  }
  [part~='files'] {
    list-style: none;
    margin: var(--_gap) 0 0;
    padding: 0;
    display: grid;
    gap: 0.25rem;
  }
  [part~='file'] {
    display: grid;
    grid-template-columns: 1fr auto auto;
    align-items: center;
    gap: 0 var(--_gap);
    padding: 0.3rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .name {
    overflow-wrap: anywhere;
  }
  .status {
    font-size: 0.875em;
    font-weight: 600;
  }
  [part~='file-stored'] .status {
    color: var(--_success);
  }
  [part~='file-rejected'] {
    border-color: var(--_danger);
  }
  [part~='file-rejected'] .status,
  [part~='file-rejected'] .message {
    color: var(--_danger);
  }
  [part~='file-skipped'] .status {
    color: var(--_warning);
  }
  .message {
    grid-column: 1 / -1;
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  .dismiss {
    grid-row: 1;
    grid-column: 3;
    border: none;
    background: transparent;
    color: var(--_fg);
    font-size: 1.1rem;
    line-height: 1;
    padding: 0 0.25rem;
  }
  .bar {
    width: 3rem;
    height: 0.3rem;
    border-radius: 999px;
    background: linear-gradient(90deg, var(--_accent) 0 40%, var(--_border) 40%);
    background-size: 200% 100%;
    animation: slide 1s linear infinite;
  }
  @keyframes slide {
    to {
      background-position: -100% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .bar {
      animation: none;
    }
  }
  .clear {
    margin-top: 0.25rem;
    border: none;
    background: transparent;
    color: var(--_accent);
    text-decoration: underline;
    padding: 0;
  }
`;
