// Response headers of the pages under test/built/pages/, chosen by their `?policy=` query:
// what a strict host sends. The same strings are quoted in the README's CSP section.

/** The strict policy of issue 10: no inline script or style, images from the page and blob: thumbnails only. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob:";

/**
 * The strict policy with Trusted Types enforced: a host allows Lit's `lit-html` policy, and
 * `dossier-pdf-worker` (the indexer's PDF previews start pdf.js's worker through it).
 */
export const TRUSTED_TYPES_CSP = `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types lit-html dossier-pdf-worker`;

const POLICIES = {
  strict: STRICT_CSP,
  'trusted-types': TRUSTED_TYPES_CSP,
};

/**
 * Koa middleware for web-test-runner: adds `Content-Security-Policy` to test/built/pages/*.html
 * requested with `?policy=strict` or `?policy=trusted-types`. An unknown policy is a 400, so a
 * typo cannot silently test a page without its policy.
 */
export function pagePolicyMiddleware() {
  return async (context, next) => {
    await next();
    if (!context.path.startsWith('/test/built/pages/') || !context.path.endsWith('.html')) return;
    const name = context.query.policy;
    if (name === undefined) return;
    const policy = POLICIES[name];
    if (!policy) {
      context.status = 400;
      context.body = `unknown policy ${name}`;
      return;
    }
    context.set('Content-Security-Policy', policy);
  };
}
