import { createUploadToken } from '../links/create-upload-token.js';
import { hashUploadTokenOnDemand } from '../links/hash-upload-token-on-demand.js';
import { UPLOAD_LINK_LIMITS } from '../links/upload-link-limits.js';
import { uploadLinkState } from '../links/upload-link-state.js';
import { decideDossierEventOnDemand } from '../machines/decide-dossier-event-on-demand.js';
import type { CollectedDocument } from '../model/collected-document.js';
import type { UploadLink, UploadLinkStatus } from '../model/upload-link.js';
import { filesReceivedThrough } from '../portal/build-portal-view.js';
import { requireCount } from '../validation/require-count.js';
import { requireText } from '../validation/require-text.js';
import type { ClientContext } from './client-context.js';
import type { DossierClient } from './dossier-client.js';
import { loadDossierState, nextRevision, summaryOperations } from './dossier-state.js';

const DAY_MS = 86_400_000;

/** `client.uploadLinks`. Internal. */
export function createUploadLinksApi(context: ClientContext): DossierClient['uploadLinks'] {
  const { storage, locale } = context;

  const statusOf = (link: UploadLink, documents: readonly CollectedDocument[]): UploadLinkStatus => {
    const filesReceived = filesReceivedThrough(link, documents);
    return { ...link, state: uploadLinkState(link, filesReceived, context.now()), filesReceived };
  };

  return {
    hasPortalUrl: context.portalUrl !== undefined,
    create: (dossierId, options = {}) =>
      context.run(async () => {
        if (!options || typeof options !== 'object') throw context.fail('invalid-input', { field: 'options' });
        const state = await loadDossierState(context, requireText(dossierId, 'dossierId', locale));
        await decideDossierEventOnDemand(state.dossier, { type: 'changeDocuments' }, locale);
        const days =
          options.expiresInDays === undefined
            ? UPLOAD_LINK_LIMITS.defaultDays
            : requireCount(options.expiresInDays, 'expiresInDays', locale, UPLOAD_LINK_LIMITS.maxDays);
        if (days < 1) throw context.fail('invalid-input', { field: 'expiresInDays', reason: `1..${UPLOAD_LINK_LIMITS.maxDays}` });
        const maxFiles =
          options.maxFiles === undefined || options.maxFiles === null
            ? null
            : requireCount(options.maxFiles, 'maxFiles', locale, UPLOAD_LINK_LIMITS.maxFiles);
        if (maxFiles === 0) throw context.fail('invalid-input', { field: 'maxFiles', reason: `1..${UPLOAD_LINK_LIMITS.maxFiles}` });
        const cabinetName = requireText(options.cabinetName ?? context.cabinetName, 'cabinetName', locale, { allowEmpty: true });
        const pieceIds = options.pieceIds === undefined ? summaryOperations(context, state).completeness.missingPieceIds : options.pieceIds;
        if (!Array.isArray(pieceIds) || pieceIds.length === 0 || pieceIds.length > UPLOAD_LINK_LIMITS.maxPieces) {
          throw context.fail('invalid-input', { field: 'pieceIds', reason: `1..${UPLOAD_LINK_LIMITS.maxPieces}` });
        }
        const ids = [...new Set(pieceIds.map((id) => requireText(id, 'pieceIds', locale)))];
        for (const id of ids) if (!state.pieces.some((piece) => piece.id === id)) throw context.notFound('piece', id);
        const token = createUploadToken();
        const now = context.now();
        const link: UploadLink = {
          id: await hashUploadTokenOnDemand(token),
          dossierId: state.dossier.id,
          pieceIds: ids,
          cabinetName,
          createdAt: now.toISOString(),
          expiresAt: new Date(now.getTime() + days * DAY_MS).toISOString(),
          maxFiles,
          revokedAt: null,
          revision: 1,
        };
        // The dossier's revision guards the phase read above: a link is never made for a dossier closed meanwhile.
        await storage.commit(
          [
            { op: 'put', kind: 'uploadLink', value: link, ifRevision: 0 },
            { op: 'check', kind: 'dossier', id: state.dossier.id, revision: state.dossier.revision },
          ],
          { dossierIds: [state.dossier.id], riskTypeIds: [] },
        );
        return { link: statusOf(link, state.documents), token, url: context.portalUrl ? context.portalUrl(token) : null };
      }),
    list: (dossierId) =>
      context.run(async () => {
        const id = requireText(dossierId, 'dossierId', locale);
        if (!(await storage.get('dossier', id))) throw context.notFound('dossier', id);
        const [links, documents] = await Promise.all([storage.listChildren('uploadLink', id), storage.listChildren('document', id)]);
        return links
          .sort((a, b) => (a.createdAt > b.createdAt ? -1 : a.createdAt < b.createdAt ? 1 : a.id < b.id ? 1 : -1))
          .map((link) => statusOf(link, documents));
      }),
    revoke: (linkId) =>
      context.run(async () => {
        const id = requireText(linkId, 'linkId', locale);
        const link = await storage.get('uploadLink', id);
        if (!link) throw context.notFound('uploadLink', id);
        const documents = await storage.listChildren('document', link.dossierId);
        if (link.revokedAt !== null) return statusOf(link, documents);
        const revoked = nextRevision(link, { revokedAt: context.now().toISOString() });
        await storage.commit([{ op: 'put', kind: 'uploadLink', value: revoked, ifRevision: link.revision }], {
          dossierIds: [link.dossierId],
          riskTypeIds: [],
        });
        return statusOf(revoked, documents);
      }),
  };
}
