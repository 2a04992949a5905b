// The elements' JSX types, generated from their manifest: typed properties and `on<event>` props.
import type {} from '@dossier/elements/frameworks/react';
