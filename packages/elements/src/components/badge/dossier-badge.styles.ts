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
    width: min(28rem, 92vw);
    max-height: 80vh;
    overflow: auto;
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.18);
    inset: auto;
    position: fixed;
    top: 10vh;
    left: 50%;
    transform: translateX(-50%);
  }
  /* Where anchor positioning exists, the checklist opens beside its badge, flipping to stay on screen. */
  @supports (anchor-name: --dossier-badge) {
    button[part~='button'] {
      anchor-name: --dossier-badge;
    }
    [part~='popover'] {
      position-anchor: --dossier-badge;
      top: anchor(bottom);
      left: anchor(left);
      transform: none;
      margin-top: 0.35rem;
      position-try-fallbacks: flip-block, flip-inline, flip-block flip-inline;
    }
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
