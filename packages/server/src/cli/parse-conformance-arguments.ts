import type { ConformanceOptions } from './conformance-options.js';

/** Usage of `dossier-conformance`. */
const CONFORMANCE_USAGE = `Usage: dossier-conformance <baseUrl> [options]

Runs Dossier's storage conformance suite (runStorageConformance from @dossier/core/testing)
over createRestStorage({ baseUrl }) against a server implementing openapi.yaml.
Every test needs an empty storage: give each test its own tenant, either with {tenant}
in the base URL or a header, or with --jwt-secret (servers built on @dossier/server).

  --jwt-secret <secret>   mint an HS256 token per test for a fresh tenant
  --audience <aud>        audience of those tokens (default: dossier)
  --header "Name: value"  send this header (repeatable; {tenant} is replaced)
  --client-only           only the tests that write through core's client: a server that
                          re-checks commits refuses the raw records the other tests write
  --grep <regex>          only the tests whose name matches

Example: npx dossier-conformance http://127.0.0.1:8787/api/dossier --jwt-secret "$DOSSIER_JWT_SECRET" --client-only`;

/**
 * Reads the command line of `dossier-conformance`.
 *
 * @throws Error with the usage when it cannot be read.
 */
export function parseConformanceArguments(argv: readonly string[]): ConformanceOptions {
  const headers: Record<string, string> = {};
  let baseUrl: string | undefined;
  let jwtSecret: string | undefined;
  let audience = 'dossier';
  let clientOnly = false;
  let grep: RegExp | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const argument = argv[i] as string;
    const value = (): string => {
      const next = argv[(i += 1)];
      if (next === undefined) throw new Error(`${argument} needs a value\n\n${CONFORMANCE_USAGE}`);
      return next;
    };
    if (argument === '--jwt-secret') jwtSecret = value();
    else if (argument === '--audience') audience = value();
    else if (argument === '--client-only') clientOnly = true;
    else if (argument === '--grep') grep = new RegExp(value());
    else if (argument === '--header') {
      const header = value();
      const colon = header.indexOf(':');
      if (colon < 1) throw new Error(`--header "Name: value", got ${header}`);
      headers[header.slice(0, colon).trim()] = header.slice(colon + 1).trim();
    } else if (argument.startsWith('--')) throw new Error(`Unknown option ${argument}\n\n${CONFORMANCE_USAGE}`);
    else if (baseUrl === undefined) baseUrl = argument;
    else throw new Error(`One base URL only\n\n${CONFORMANCE_USAGE}`);
  }
  if (baseUrl === undefined || !/^https?:\/\//.test(baseUrl)) throw new Error(CONFORMANCE_USAGE);
  return { baseUrl, headers, audience, clientOnly, ...(jwtSecret ? { jwtSecret } : {}), ...(grep ? { grep } : {}) };
}
