// A Svelte 5 host. The elements are defined before the app mounts, so that Svelte sets their properties.
import '@dossier/elements/define';
import { mount } from 'svelte';
import { createExampleClient } from '../../shared/example-client.js';
import App from './App.svelte';

const client = await createExampleClient();
mount(App, { target: document.querySelector('#app')!, props: { client } });
