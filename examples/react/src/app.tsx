import { useState } from 'react';
import type { DossierClient } from '@dossier/core';
import type { DossierDocumentAddedEvent } from '@dossier/elements';
import { EXAMPLE_PROPOSALS } from '../../shared/example-client.js';

/** The host's proposals with their document badges; the chosen one's tracker; a line for each added document. */
export function App({ client }: { client: DossierClient }) {
  const [openId, setOpenId] = useState<string | null>(null);
  const [added, setAdded] = useState<string[]>([]);
  const onDocumentAdded = (event: DossierDocumentAddedEvent) => {
    setAdded((lines) => [...lines, `Document ajouté : ${event.detail.document.originalName} (${event.detail.dossierId})`]);
  };
  return (
    <dossier-provider client={client} locale="fr">
      <h1>Propositions</h1>
      <ul>
        {EXAMPLE_PROPOSALS.map((proposal) => (
          <li key={proposal.id} data-proposal={proposal.id}>
            {proposal.clientName} <dossier-badge dossier-id={proposal.id}></dossier-badge>{' '}
            <button type="button" onClick={() => setOpenId(proposal.id)}>
              Ouvrir {proposal.id}
            </button>
          </li>
        ))}
      </ul>
      {openId && <dossier-tracker dossier-id={openId} ondossier-document-added={onDocumentAdded}></dossier-tracker>}
      <ul data-host="added" aria-live="polite">
        {added.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
    </dossier-provider>
  );
}
