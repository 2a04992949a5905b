// A Vue 3 host. The elements are defined before the app mounts, so that Vue sets their properties.
import '@dossier/elements/define';
import { createApp } from 'vue';
import { createExampleClient } from '../../shared/example-client.js';
import App from './App.vue';

const client = await createExampleClient();
createApp(App, { client }).mount('#app');
