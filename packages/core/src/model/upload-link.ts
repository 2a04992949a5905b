/**
 * A secure upload link: lets the client of one dossier send the pieces it names, until it
 * expires or a broker revokes it. Its token is shown once, when it is created; what is stored is
 * the token's SHA-256, as the link's id.
 */
export interface UploadLink {
  /** Hex SHA-256 of the link's token (64 lower-case hex digits). The token itself is never stored. */
  readonly id: string;
  readonly dossierId: string;
  /** The pieces the client is asked for, in the order the broker gave. */
  readonly pieceIds: readonly string[];
  /** The brokerage's name, shown to the client (may be empty). */
  readonly cabinetName: string;
  /** ISO timestamps. */
  readonly createdAt: string;
  readonly expiresAt: string;
  /** Most files the client may send through it (refused ones do not count); `null`: no limit. */
  readonly maxFiles: number | null;
  /** When a broker revoked it; `null` while not revoked. */
  readonly revokedAt: string | null;
  readonly revision: number;
}

/**
 * Where a link stands: `active` (the client may send files), `used` (as many files as it
 * allows arrived), `expired`, or `revoked`. Revoked wins over expired, expired over used.
 */
export type UploadLinkState = 'active' | 'used' | 'expired' | 'revoked';

/** A link as the broker's lists show it: with its state and the files it brought. */
export interface UploadLinkStatus extends UploadLink {
  readonly state: UploadLinkState;
  /** Files received through it that were not refused. */
  readonly filesReceived: number;
}

/** Options of `uploadLinks.create`. */
export interface CreateUploadLinkOptions {
  /** The pieces to ask for; default: the required pieces still to collect. */
  pieceIds?: readonly string[];
  /** Days until it expires: default 14, at most 90. */
  expiresInDays?: number;
  /** Most files the client may send (1..100); default `null`, no limit. */
  maxFiles?: number | null;
  /** The brokerage's name shown to the client; default the client's `cabinetName` option. */
  cabinetName?: string;
}

/** A link just created, with its token: the only time the token is known. */
export interface CreatedUploadLink {
  readonly link: UploadLinkStatus;
  /** 256 random bits, base64url (43 characters): give it to the client, it is never shown again. */
  readonly token: string;
  /** The portal address of the token (the client's `portalUrl` option), or `null` without one. */
  readonly url: string | null;
}
