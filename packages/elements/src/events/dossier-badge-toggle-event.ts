/** Detail of `dossier-badge-toggle`: the badge's checklist opened or closed. */
export interface DossierBadgeToggleDetail {
  readonly dossierId: string;
  readonly open: boolean;
}

/** The `dossier-badge-toggle` event: the badge's checklist popover opened or closed. */
export type DossierBadgeToggleEvent = CustomEvent<DossierBadgeToggleDetail>;
