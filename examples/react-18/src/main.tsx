// A React 18 host: React 18 sets unknown props on custom elements as attributes, so it uses the
// @dossier/react wrappers (@lit/react), which set properties and map events to on… props.
import { createRoot } from 'react-dom/client';
import { createExampleClient } from '../../shared/example-client.js';
import { App } from './app.js';

const client = await createExampleClient();
createRoot(document.getElementById('app')!).render(<App client={client} />);
