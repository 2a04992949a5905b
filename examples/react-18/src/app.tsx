import { useState } from 'react';
import type { DossierClient } from '@dossier/core';
import { DossierBadge, DossierProvider, DossierTracker } from '@dossier/react';
import { EXAMPLE_PROPOSALS } from '../../shared/example-client.js';

/** The host's proposals with their document badges; the chosen one's tracker; a line for each added document. */
export function App({ client }: { client: DossierClient }) {
  const [openId, setOpenId] = useState<string | null>(null);
  const [added, setAdded] = useState<string[]>([]);
  return (
    <DossierProvider client={client} locale="fr">
      <h1>Propositions</h1>
      <ul>
        {EXAMPLE_PROPOSALS.map((proposal) => (
          <li key={proposal.id} data-proposal={proposal.id}>
            {proposal.clientName} <DossierBadge dossierId={proposal.id} />{' '}
            <button type="button" onClick={() => setOpenId(proposal.id)}>
              Ouvrir {proposal.id}
            </button>
          </li>
        ))}
      </ul>
      {openId && (
        <DossierTracker
          dossierId={openId}
          onDocumentAdded={(event) => setAdded((lines) => [...lines, `Document ajouté : ${event.detail.document.originalName} (${event.detail.dossierId})`])}
        />
      )}
      <ul data-host="added" aria-live="polite">
        {added.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
    </DossierProvider>
  );
}
