import type { RiskType } from '../model/risk-type.js';
import { requireText } from '../validation/require-text.js';
import type { ClientContext } from './client-context.js';
import type { DossierClient } from './dossier-client.js';

/** `client.riskTypes`. Internal. */
export function createRiskTypesApi(context: ClientContext): DossierClient['riskTypes'] {
  return {
    put: (input) =>
      context.run(async () => {
        const id = requireText(input?.id, 'id', context.locale);
        const label = requireText(input?.label, 'label', context.locale);
        const previous = await context.storage.get('riskType', id);
        const value: RiskType = { id, label, revision: (previous?.revision ?? 0) + 1 };
        await context.storage.commit([{ op: 'put', kind: 'riskType', value, ifRevision: previous?.revision ?? 0 }], {
          dossierIds: [],
          riskTypeIds: [id],
        });
        return value;
      }),
    list: () =>
      context.run(async () =>
        (await context.storage.listRiskTypes()).sort((a, b) => a.label.localeCompare(b.label, context.locale) || (a.id < b.id ? -1 : 1)),
      ),
    get: (id) =>
      context.run(async () => {
        const found = await context.storage.get('riskType', String(id));
        if (!found) throw context.notFound('riskType', String(id));
        return found;
      }),
  };
}
