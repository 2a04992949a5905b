// A React 19 host: the Dossier elements used directly in JSX (React 19 sets their properties and
// listens to their events), typed by the JSX types @dossier/elements generates.
import '@dossier/elements/define'; // before the first render, so that React sets properties, not attributes
import { createRoot } from 'react-dom/client';
import { createExampleClient } from '../../shared/example-client.js';
import { App } from './app.js';

const client = await createExampleClient();
createRoot(document.getElementById('app')!).render(<App client={client} />);
