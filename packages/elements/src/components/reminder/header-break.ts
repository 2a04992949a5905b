/**
 * Characters that would start a new mail header in some mail clients. Only used to
 * pick the clearest message; core's `assertSafeDraft` decides what is refused.
 */
export const HEADER_BREAK = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/u;
