/** Detail of `dossier-badge-toggle`: the badge's checklist opened or closed. */
export interface DossierBadgeToggleDetail {
  readonly dossierId: string;
  readonly open: boolean;
}

declare global {
  interface HTMLElementEventMap {
    /** The badge's checklist popover opened or closed. */
    'dossier-badge-toggle': CustomEvent<DossierBadgeToggleDetail>;
  }
}
