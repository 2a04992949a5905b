import { defineElement } from '../src/registry/define-element.js';
import { ScriptTagProvider } from './script-tag-provider.js';

// Before the other definitions (this module is imported first): the provider that reads `storage`.
defineElement('dossier-provider', ScriptTagProvider);
