/**
 * Why `<dossier-drop-zone multiple="false">` refuses the files past the first, in French: in a
 * module of its own because `addFiles` needs it before the element's view (and its other French
 * texts) has loaded.
 */
export const oneFileOnlyFr = 'un seul fichier à la fois, celui-ci n’a pas été ajouté';
