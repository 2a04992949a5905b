// The elements' Solid types, generated from their manifest: JSX.IntrinsicElements with typed
// attributes, `prop:` properties and `on:` event handlers.
import type {} from '@dossier/elements/frameworks/solid';
