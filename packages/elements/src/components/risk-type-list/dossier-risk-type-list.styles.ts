import { css } from 'lit';
import { tokenProperties } from '../../styles/tokens.styles.js';

/** Styles of `<dossier-risk-type-list>`, scoped by its tag: it renders into the document or shadow root around it. */
export const riskTypeListStyles = css`
  dossier-risk-type-list {
    ${tokenProperties}
    display: block;
    font-family: var(--_font);
    color: var(--_fg);
  }
  dossier-risk-type-list .risk-types {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 2px;
  }
  dossier-risk-type-list [part~='risk-type'] {
    display: block;
    width: 100%;
    padding: 0.3rem 0.7rem;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
    line-height: 1.3;
    text-align: start;
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  dossier-risk-type-list [part~='risk-type']:hover {
    border-color: var(--_accent);
  }
  dossier-risk-type-list [part~='risk-type']:focus-visible {
    outline: none;
    box-shadow: var(--_focus);
  }
  dossier-risk-type-list [part~='risk-type-selected'] {
    background: var(--dossier-pieces-editor-selected-bg, var(--_accent));
    color: var(--dossier-pieces-editor-selected-text, var(--_accent-fg));
    font-weight: 600;
  }
`;
