import { css } from 'lit';

/** Styles of `<dossier-badge>`. */
export const badgeStyles = css`
  :host {
    display: inline-block;
    position: relative;
  }
  button[part~='button'] {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    padding: 0.15rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_bg);
    color: var(--_fg);
    line-height: 1.4;
  }
  svg {
    width: 1rem;
    height: 1rem;
    flex: none;
  }
  [part~='count'] {
    min-width: 1.25rem;
    padding: 0 0.35rem;
    border-radius: 999px;
    background: var(--dossier-badge-missing-bg, var(--_danger));
    color: var(--dossier-badge-missing-text, #fff);
    font-weight: 600;
    font-size: 0.8rem;
    text-align: center;
  }
  [part~='review'] {
    padding: 0 0.35rem;
    border-radius: 999px;
    background: var(--dossier-badge-review-bg, #fef0c7);
    color: var(--dossier-badge-review-text, #7a2e0e);
    font-weight: 600;
    font-size: 0.75rem;
    white-space: nowrap;
  }
  :host([complete]) [part~='count'] {
    background: var(--dossier-badge-complete-bg, var(--_success));
  }
  [part~='popover'] {
    margin: 0;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    box-sizing: border-box;
    width: min(28rem, calc(100vw - 1rem));
    /* Placed beside the badge by the element (below, or above when that leaves more room), its
       height capped to the room left in the window: a long checklist scrolls inside. */
    position: fixed;
    inset: auto;
    overflow: auto;
    overscroll-behavior: contain;
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.18);
  }
  [part~='popover'] header {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: 1rem;
    margin-bottom: 0.5rem;
    font-weight: 600;
  }
  .close {
    border: none;
    background: transparent;
    color: var(--_fg);
    font-size: 1.2rem;
  }
`;
