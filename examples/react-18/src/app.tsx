import { useState } from 'react';
import type { DossierClient } from '@dossier/core';
import { DossierBadge, DossierClientProvider, DossierProvider, DossierTracker, useAudit, useSummary } from '@dossier/react';
import { EXAMPLE_PROPOSALS } from '../../shared/example-client.js';

/** The host's own text for a proposal, drawn with a hook on Dossier's engine. */
function PiecesToCollect({ dossierId }: { dossierId: string }) {
  const { value } = useSummary(dossierId);
  return <span data-host="to-collect">{value === undefined ? '…' : `${value.requiredMissing} à collecter`}</span>;
}

/** The host's own header: how many proposals still miss a piece, kept fresh by the audit hook. */
function IncompleteProposals() {
  const audit = useAudit({ phase: 'proposal', onlyIncomplete: true }, { count: 10 });
  return <p data-host="incomplete">{audit.total === undefined ? '…' : `${audit.total} propositions incomplètes`}</p>;
}

/** The host's proposals with their document badges; the chosen one's tracker; a line for each added document. */
export function App({ client }: { client: DossierClient }) {
  const [openId, setOpenId] = useState<string | null>(null);
  const [added, setAdded] = useState<string[]>([]);
  return (
    <DossierClientProvider client={client}>
      <DossierProvider client={client} locale="fr">
        <h1>Propositions</h1>
        <IncompleteProposals />
        <ul>
          {EXAMPLE_PROPOSALS.map((proposal) => (
            <li key={proposal.id} data-proposal={proposal.id}>
              {proposal.clientName} <DossierBadge dossierId={proposal.id} /> <PiecesToCollect dossierId={proposal.id} />{' '}
              <button type="button" onClick={() => setOpenId(proposal.id)}>
                Ouvrir {proposal.id}
              </button>
            </li>
          ))}
        </ul>
        {openId && (
          <DossierTracker
            dossierId={openId}
            onDocumentAdded={(event) =>
              setAdded((lines) => [...lines, `Document ajouté : ${event.detail.document.originalName} (${event.detail.dossierId})`])
            }
          />
        )}
        <ul data-host="added" aria-live="polite">
          {added.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      </DossierProvider>
    </DossierClientProvider>
  );
}
