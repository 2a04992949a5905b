import { parseConformanceArguments } from './parse-conformance-arguments.js';
import { runConformance } from './run-conformance.js';

/** `dossier-conformance <baseUrl> …`: exits 0 when every test passed. */
async function main(): Promise<void> {
  let options;
  try {
    options = parseConformanceArguments(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(2);
  }
  process.stdout.write(`Dossier storage conformance against ${options.baseUrl}\n`);
  const { failed } = await runConformance(options, (line) => process.stdout.write(`${line}\n`));
  process.exit(failed === 0 ? 0 : 1);
}

void main();
