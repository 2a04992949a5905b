/** Texts of `<dossier-badge>`. */
export interface BadgeMessages {
  toCollect: (count: number) => string;
  complete: string;
  /** Documents waiting for the broker's review: "2 à vérifier". */
  toReview: (count: number) => string;
  title: string;
  /** The badge button's accessible name, from its status ("2 pièces à collecter", "Chargement…"). */
  buttonLabel: (status: string) => string;
}
