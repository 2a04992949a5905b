#!/usr/bin/env node
// `npx dossier-conformance <baseUrl>`: Dossier's storage conformance suite against a server implementing openapi.yaml.
import '../dist/cli/conformance-main.js';
