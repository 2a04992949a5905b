import { createDossierClient, isDossierError } from '@dossier/core';
import type { PostgresDatabase } from '@dossier/storage-postgres';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { verifyUnsubscribeToken } from './unsubscribe-token.js';

const PAGE_HEAD =
  '<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Relances / Reminders</title></head><body>';

const page = (reply: FastifyReply, status: number, body: string) =>
  reply
    .code(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('content-security-policy', "default-src 'none'; form-action 'self'")
    .send(`${PAGE_HEAD}${body}</body></html>`);

/**
 * The unsubscribe link of automatic e-mails, outside the REST contract and
 * without a login (the signed token is the permission):
 * `GET {prefix}/reminders/unsubscribe?t=…` shows a button (a mail scanner
 * opening the link stops nothing), `POST` stops the dossier's reminders
 * (`reason: 'client'`), as RFC 8058's one-click `List-Unsubscribe-Post` does.
 * A token that is not signed with `secret` is refused (400) and stops nothing.
 */
export async function registerUnsubscribeRoutes(
  app: FastifyInstance,
  options: { prefix: string; secret: string; database: PostgresDatabase; now: () => Date },
): Promise<void> {
  await app.register(async (scope) => {
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 1024 }, (_request, body, done) =>
      done(null, body),
    );
    const path = `${options.prefix}/reminders/unsubscribe`;
    const tokenOf = (request: FastifyRequest) => verifyUnsubscribeToken(options.secret, (request.query as { t?: unknown }).t);
    scope.get(path, async (request, reply) => {
      if (!tokenOf(request)) return page(reply, 400, '<p>Lien invalide. / Invalid link.</p>');
      const action = `${path}?t=${encodeURIComponent(String((request.query as { t: string }).t))}`;
      return page(
        reply,
        200,
        `<form method="post" action="${action.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"><p>Ne plus recevoir de relances pour ce dossier ?<br>Stop the reminders of this file?</p><button type="submit" name="List-Unsubscribe" value="One-Click">Arrêter les relances / Stop reminders</button></form>`,
      );
    });
    scope.post(path, async (request, reply) => {
      const target = tokenOf(request);
      if (!target) return page(reply, 400, '<p>Lien invalide. / Invalid link.</p>');
      const client = createDossierClient({ storage: options.database.storage(target.tenantId), now: options.now });
      try {
        await client.reminders.stop(target.dossierId, 'client');
      } catch (error) {
        // Already stopped, never scheduled, or the dossier is gone: nothing more will be sent either way.
        if (!isDossierError(error) || (error.code !== 'invalid-transition' && error.code !== 'not-found')) throw error;
      }
      return page(reply, 200, '<p>Les relances de ce dossier sont arrêtées. / The reminders of this file are stopped.</p>');
    });
  });
}
