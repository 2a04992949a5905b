// An Angular host (standalone, zoneless). The elements are defined before bootstrap, so that
// Angular's property bindings reach them as properties.
import '@dossier/elements/define';
import { provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { createExampleClient } from '../../shared/example-client.js';
import { AppComponent } from './app.component.js';
import { DOSSIER_CLIENT } from './dossier-client-token.js';

const client = await createExampleClient();
await bootstrapApplication(AppComponent, {
  providers: [provideZonelessChangeDetection(), { provide: DOSSIER_CLIENT, useValue: client }],
});
