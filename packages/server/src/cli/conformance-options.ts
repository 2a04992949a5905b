/** What `dossier-conformance` was asked to do. */
export interface ConformanceOptions {
  /** Base URL of the API; `{tenant}` is replaced by a fresh name for each test. */
  readonly baseUrl: string;
  /** Static headers (`{tenant}` replaced too). */
  readonly headers: Readonly<Record<string, string>>;
  /** Mint an HS256 token per test for a fresh tenant (servers built on @dossier/server). */
  readonly jwtSecret?: string;
  readonly audience: string;
  /** Only the tests that write through core's client (for servers that verify commits). */
  readonly clientOnly: boolean;
  /** Only the tests whose name matches. */
  readonly grep?: RegExp;
}
