import { createSignal, For, Index, Show } from 'solid-js';
import type { DossierClient } from '@dossier/core';
import type { DossierDocumentAddedEvent } from '@dossier/elements';
import { EXAMPLE_PROPOSALS } from '../../shared/example-client.js';

/** The host's proposals with their document badges; the chosen one's tracker; a line for each added document. */
export function App(props: { client: DossierClient }) {
  const [openId, setOpenId] = createSignal<string | null>(null);
  const [added, setAdded] = createSignal<string[]>([]);
  const onDocumentAdded = (event: DossierDocumentAddedEvent) => {
    setAdded((lines) => [...lines, `Document ajouté : ${event.detail.document.originalName} (${event.detail.dossierId})`]);
  };
  return (
    // prop:client: a property (an object has no attribute form); on:…: a listener for the element's event.
    <dossier-provider prop:client={props.client} locale="fr">
      <h1>Propositions</h1>
      <ul>
        <For each={EXAMPLE_PROPOSALS}>
          {(proposal) => (
            <li data-proposal={proposal.id}>
              {proposal.clientName} <dossier-badge dossier-id={proposal.id}></dossier-badge>{' '}
              <button type="button" onClick={() => setOpenId(proposal.id)}>
                Ouvrir {proposal.id}
              </button>
            </li>
          )}
        </For>
      </ul>
      <Show when={openId()}>
        {(id) => <dossier-tracker dossier-id={id()} on:dossier-document-added={onDocumentAdded}></dossier-tracker>}
      </Show>
      <ul data-host="added" aria-live="polite">
        <Index each={added()}>{(line) => <li>{line()}</li>}</Index>
      </ul>
    </dossier-provider>
  );
}
