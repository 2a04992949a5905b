/**
 * `hashUploadToken`, with SHA-256 loaded on the first upload link rather than with the page:
 * a page of badges never needs it. Every call awaits the same module, so a token still costs what
 * any other costs to check. Internal.
 */
export async function hashUploadTokenOnDemand(token: string): Promise<string> {
  const { hashUploadToken } = await import('./hash-upload-token.js');
  return hashUploadToken(token);
}
