// The configuration is in test/lint/ (its own workspace, see there why).
export { default } from './test/lint/eslint.config.mjs';
