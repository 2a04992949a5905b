// A Solid host. The elements are defined before the app renders, as in the other examples.
import '@dossier/elements/define';
import { render } from 'solid-js/web';
import { createExampleClient } from '../../shared/example-client.js';
import { App } from './app.js';

const client = await createExampleClient();
render(() => <App client={client} />, document.getElementById('app')!);
