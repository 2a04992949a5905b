import { CUSTOM_ELEMENTS_SCHEMA, Component, inject, signal } from '@angular/core';
import type { DossierDocumentAddedEvent } from '@dossier/elements';
import { EXAMPLE_PROPOSALS } from '../../shared/example-client.js';
import { DOSSIER_CLIENT } from './dossier-client-token.js';

/** The host's proposals with their document badges; the chosen one's tracker; a line for each added document. */
@Component({
  // The shared page's <div id="app">, where each example mounts.
  selector: '[id=app]',
  // The Dossier elements are custom elements: Angular binds their properties and events as the DOM's.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <dossier-provider [client]="client" locale="fr">
      <h1>Propositions</h1>
      <ul>
        @for (proposal of proposals; track proposal.id) {
          <li [attr.data-proposal]="proposal.id">
            {{ proposal.clientName }} <dossier-badge [dossierId]="proposal.id"></dossier-badge>
            <button type="button" (click)="openId.set(proposal.id)">Ouvrir {{ proposal.id }}</button>
          </li>
        }
      </ul>
      @if (openId(); as id) {
        <dossier-tracker [dossierId]="id" (dossier-document-added)="onDocumentAdded($event)"></dossier-tracker>
      }
      <ul data-host="added" aria-live="polite">
        @for (line of added(); track $index) {
          <li>{{ line }}</li>
        }
      </ul>
    </dossier-provider>
  `,
})
export class AppComponent {
  protected readonly client = inject(DOSSIER_CLIENT);
  protected readonly proposals = EXAMPLE_PROPOSALS;
  protected readonly openId = signal<string | null>(null);
  protected readonly added = signal<string[]>([]);

  protected onDocumentAdded(event: DossierDocumentAddedEvent): void {
    this.added.update((lines) => [...lines, `Document ajouté : ${event.detail.document.originalName} (${event.detail.dossierId})`]);
  }
}
