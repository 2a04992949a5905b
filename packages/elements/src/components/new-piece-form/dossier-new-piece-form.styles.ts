import { css } from 'lit';
import { tokenProperties } from '../../styles/tokens.styles.js';

/** Styles of `<dossier-new-piece-form>`, scoped by its tag: it renders into the document or shadow root around it. */
export const newPieceFormStyles = css`
  dossier-new-piece-form {
    ${tokenProperties}
    display: block;
    margin-top: var(--_gap);
    font-family: var(--_font);
    color: var(--_fg);
  }
  dossier-new-piece-form .add-form {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35rem;
  }
  dossier-new-piece-form button {
    padding: 0.3rem 0.7rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
    line-height: 1.3;
    cursor: pointer;
  }
  dossier-new-piece-form button:hover {
    border-color: var(--_accent);
  }
  dossier-new-piece-form button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-fg);
  }
  dossier-new-piece-form input {
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.3rem 0.5rem;
  }
  dossier-new-piece-form input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  dossier-new-piece-form :focus-visible {
    outline: none;
    box-shadow: var(--_focus);
  }
  dossier-new-piece-form .field-error {
    flex-basis: 100%;
    margin: 0.25rem 0 0;
    color: var(--_danger);
  }
`;
