import { css } from 'lit';

/**
 * The token custom properties (`--_bg: var(--dossier-surface, …)` …) as declarations, for a rule of
 * one's own: elements that render into their parent's shadow root declare them on their tag.
 */
export const tokenProperties = css`
    --_bg: var(--dossier-surface, #ffffff);
    --_fg: var(--dossier-text, #1c2230);
    --_muted: var(--dossier-muted, #5b6475);
    --_border: var(--dossier-border, #d5d9e2);
    --_accent: var(--dossier-accent, #1d4ed8);
    --_accent-fg: var(--dossier-accent-text, #ffffff);
    --_danger: var(--dossier-danger, #b42318);
    --_success: var(--dossier-success, #067647);
    --_warning: var(--dossier-warning, #a15c07);
    --_radius: var(--dossier-radius, 6px);
    --_focus: var(--dossier-focus-ring, 0 0 0 3px color-mix(in srgb, var(--_accent) 45%, transparent));
    --_font: var(--dossier-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_gap: var(--dossier-gap, 0.5rem);
`;

/**
 * Design tokens every element reads. Hosts theme by setting the `--dossier-*`
 * custom properties on any ancestor (a dark host sets the dark values).
 */
export const tokensStyles = css`
  :host {
    ${tokenProperties}
    font-family: var(--_font);
    color: var(--_fg);
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  :focus-visible {
    outline: none;
    box-shadow: var(--_focus);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0, 0, 0, 0);
    white-space: nowrap;
    border: 0;
  }
  .error {
    color: var(--_danger);
  }
`;
