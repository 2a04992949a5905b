import type { DossierClient, ExpectedPiece } from '@dossier/core';
import { storyCatalogue, type StoryRiskType } from './story-catalogue.js';

/**
 * Puts risk types and their expected pieces into `client`, in order.
 * @returns the pieces created, by risk type id.
 */
export async function seedCatalogue(
  client: DossierClient,
  riskTypes: readonly StoryRiskType[] = storyCatalogue,
): Promise<Map<string, ExpectedPiece[]>> {
  const created = new Map<string, ExpectedPiece[]>();
  for (const riskType of riskTypes) {
    await client.riskTypes.put({ id: riskType.id, label: riskType.label });
    const pieces: ExpectedPiece[] = [];
    for (const input of riskType.pieces) pieces.push(await client.pieces.add(riskType.id, input));
    created.set(riskType.id, pieces);
  }
  return created;
}
