/** Where an S3-compatible store keeps document bytes. */
export interface S3BlobStoreOptions {
  readonly bucket: string;
  /** Endpoint of a non-AWS store (MinIO, Ceph, Scaleway…); AWS when absent. */
  readonly endpoint?: string;
  /** Default `us-east-1`. */
  readonly region?: string;
  readonly accessKeyId?: string;
  readonly secretAccessKey?: string;
  /** Path-style URLs (`endpoint/bucket/key`), as most non-AWS stores want. Default true with an endpoint. */
  readonly forcePathStyle?: boolean;
  /** Prefix of every key, e.g. `dossier/`. Default none. */
  readonly prefix?: string;
}
