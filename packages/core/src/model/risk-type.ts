/** A contract type of the host's catalogue (auto, habitation, santé…). */
export interface RiskType {
  /** The host's identifier of the contract type. */
  readonly id: string;
  /** Display label, e.g. "Multirisque habitation". */
  readonly label: string;
  /** Optimistic-concurrency counter, bumped by core on every write. */
  readonly revision: number;
}
