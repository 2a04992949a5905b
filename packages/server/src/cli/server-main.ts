import pino from 'pino';
import { openConfiguredServer } from '../config/open-configured-server.js';
import { SERVER_ENVIRONMENT, readServerConfig } from '../config/read-server-config.js';
import { serverLoggerOptions } from '../logging/server-logger-options.js';

/**
 * `dossier-server` (`npm run server`): reads the configuration from the
 * environment, starts, prints where it listens (and, in development, a
 * token), logs JSON lines to stdout, and on SIGTERM or SIGINT shuts down
 * gracefully (requests in flight finish) before exiting.
 */
async function main(): Promise<void> {
  if (process.argv.includes('--help')) {
    process.stdout.write(
      `dossier-server: the reference Dossier backend. Environment variables:\n\n${Object.entries(SERVER_ENVIRONMENT)
        .map(([name, what]) => `  ${name.padEnd(26)} ${what}`)
        .join('\n')}\n`,
    );
    return;
  }
  let config;
  try {
    config = readServerConfig();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exitCode = 2;
    return;
  }
  const logger = pino(serverLoggerOptions(config.logLevel));
  const { server, devToken, databaseLabel } = await openConfiguredServer(config, logger);
  const baseUrl = await server.listen({ host: config.host, port: config.port });
  logger.info(
    { baseUrl, database: databaseLabel, files: config.files.kind, verifyCommits: config.verifyCommits },
    'dossier server listening',
  );
  // Human lines on stderr, apart from the JSON log: where to point createRestStorage, and the development token.
  const tokenLines = devToken ? `Development token (tenant demo, roles admin and broker, 30 days):\nDOSSIER_DEV_TOKEN=${devToken}\n` : '';
  process.stderr.write(`${tokenLines}Dossier server: ${baseUrl} (${databaseLabel}, files: ${config.files.kind})\n`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    server
      .close()
      .then(() => {
        logger.info('stopped');
        process.exit(0);
      })
      .catch((error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`dossier-server failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
