// The elements' Svelte types, generated from their manifest: svelteHTML.IntrinsicElements with typed
// properties and `on<event>` attributes.
import type {} from '@dossier/elements/frameworks/svelte';
