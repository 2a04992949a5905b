/** Media type of error bodies (RFC 9457). */
export const PROBLEM_MEDIA_TYPE = 'application/problem+json';
