/** Words a broker knows for each kind of file, by media type, and for the `accept` wildcards. */
export interface MediaTypeLabels {
  /** By media type (lower case, without parameters). */
  readonly types: Readonly<Record<string, string>>;
  /** `image/*` and the like, by the part before the slash. */
  readonly families: Readonly<Record<string, string>>;
  /** `*\/*`. */
  readonly anything: string;
}
