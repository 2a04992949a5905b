// The elements' Vue types, generated from their manifest: GlobalComponents with typed props and events.
import type {} from '@dossier/elements/frameworks/vue';
