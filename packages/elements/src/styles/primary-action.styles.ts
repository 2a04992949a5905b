import { css } from 'lit';

/**
 * The one look of a primary action in every element ("Ajouter document",
 * "Classer les documents", "Envoyer", …): filled with the accent, semibold,
 * the same padding. An element's own rules may place it, never restyle it.
 */
export const primaryActionStyles = css`
  button.primary {
    padding: 0.35rem 0.9rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-fg);
    font-weight: 600;
  }
`;
