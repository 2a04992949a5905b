import type { LoggerOptions } from 'pino';

/**
 * pino options for the server's JSON logs: no token, no personal data.
 * Requests are logged by method, route path (no query string) and status;
 * headers are never logged (the `authorization` paths are redacted anyway);
 * errors keep their name, code and stack, not the database's `detail`
 * (which may quote stored values).
 */
export function serverLoggerOptions(level = 'info'): LoggerOptions {
  return {
    level,
    base: { service: 'dossier-server' },
    redact: { paths: ['req.headers.authorization', 'headers.authorization', '*.authorization', 'token'], censor: '[redacted]' },
    serializers: {
      req: (request: { method?: string; url?: string; id?: string }) => ({
        id: request.id,
        method: request.method,
        path: (request.url ?? '').split('?')[0],
      }),
      res: (response: { statusCode?: number }) => ({ statusCode: response.statusCode }),
      err: (error: { name?: string; code?: unknown; message?: string; stack?: string }) => ({
        type: error.name,
        code: typeof error.code === 'string' ? error.code : undefined,
        message: typeof error.message === 'string' ? error.message.slice(0, 300) : undefined,
        stack: error.stack,
      }),
    },
  };
}
