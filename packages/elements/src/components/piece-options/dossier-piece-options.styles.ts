import { css } from 'lit';
import { tokenProperties } from '../../styles/tokens.styles.js';

/** Styles of `<dossier-piece-options>`, scoped by its tag: it renders into the document or shadow root around it. */
export const pieceOptionsStyles = css`
  dossier-piece-options {
    ${tokenProperties}
    display: block;
    font-family: var(--_font);
    color: var(--_fg);
  }
  dossier-piece-options .options {
    margin-top: var(--_gap);
    padding: 0.6rem;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    display: grid;
    gap: var(--_gap);
  }
  dossier-piece-options button {
    padding: 0.3rem 0.7rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
    line-height: 1.3;
    cursor: pointer;
  }
  dossier-piece-options button:hover {
    border-color: var(--_accent);
  }
  dossier-piece-options button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-fg);
  }
  dossier-piece-options input,
  dossier-piece-options select {
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.3rem 0.5rem;
  }
  dossier-piece-options input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  dossier-piece-options input[type='radio'],
  dossier-piece-options input[type='checkbox'] {
    accent-color: var(--_accent);
  }
  dossier-piece-options :focus-visible {
    outline: none;
    box-shadow: var(--_focus);
  }
  dossier-piece-options fieldset {
    margin: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem 0.6rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem 1rem;
  }
  dossier-piece-options legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  dossier-piece-options .hint {
    color: var(--_muted);
    font-size: 0.85rem;
    overflow-wrap: anywhere;
  }
  dossier-piece-options fieldset .hint {
    flex-basis: 100%;
    margin: 0;
  }
  dossier-piece-options .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
  }
  dossier-piece-options .rule,
  dossier-piece-options .advanced {
    flex-basis: 100%;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
    align-items: end;
  }
  dossier-piece-options .field {
    display: grid;
    gap: 0.2rem;
    justify-items: start;
  }
  dossier-piece-options .field input[type='number'] {
    width: 9rem;
  }
  dossier-piece-options .rule .hint {
    max-width: 32rem;
  }
  dossier-piece-options .advanced p {
    margin: 0;
    flex-basis: 100%;
  }
  dossier-piece-options .advanced pre {
    flex-basis: 100%;
    margin: 0;
    padding: 0.5rem;
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_fg) 6%, var(--_bg));
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    font-size: 0.85rem;
  }
  dossier-piece-options .buttons {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35rem;
  }
  dossier-piece-options .field-error {
    margin: 0.25rem 0 0;
    color: var(--_danger);
  }
  dossier-piece-options .combobox {
    position: relative;
  }
  dossier-piece-options .attribute-options {
    position: absolute;
    z-index: 1;
    top: 100%;
    left: 0;
    min-width: 100%;
    max-width: min(24rem, 90vw);
    max-height: 14rem;
    overflow-y: auto;
    margin: 0.15rem 0 0;
    padding: 0.2rem 0;
    list-style: none;
    background: var(--_bg);
    color: var(--_fg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 0.25rem 0.75rem color-mix(in srgb, var(--_fg) 15%, transparent);
  }
  dossier-piece-options .attribute-options[hidden] {
    display: none;
  }
  dossier-piece-options .attribute-options li {
    padding: 0.3rem 0.6rem;
    cursor: pointer;
  }
  dossier-piece-options .attribute-options li:hover,
  dossier-piece-options .attribute-options li[aria-selected='true'] {
    background: color-mix(in srgb, var(--_accent) 14%, var(--_bg));
  }
  dossier-piece-options .attribute-options li[aria-selected='true'] {
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }
`;
