/** The strict policy of issue 10: no inline script or style, images from the page and blob: thumbnails only. */
export declare const STRICT_CSP: string;
/** The strict policy with Trusted Types enforced: Lit's `lit-html` policy is the only one a host must allow. */
export declare const TRUSTED_TYPES_CSP: string;
/** Koa middleware adding the `?policy=` headers to test/built/pages/*.html. */
export declare function pagePolicyMiddleware(): (context: unknown, next: () => Promise<void>) => Promise<void>;
