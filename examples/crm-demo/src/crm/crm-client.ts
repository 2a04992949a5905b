/** Whether a client is a private person or a business; stored as the `type` attribute of the Dossier client profile. */
export type ClientKind = 'particulier' | 'professionnel';

/** A client of the brokerage, as the host CRM knows it (Dossier only gets a copy when a proposal opens). */
export interface CrmClient {
  readonly id: string;
  /** Person's or company's name. */
  readonly name: string;
  readonly email: string;
  readonly kind: ClientKind;
  /** Age of the person (of the manager, for a business); drives some requirements (young driver…). */
  readonly age: number | null;
  readonly phone?: string;
  readonly city?: string;
}
