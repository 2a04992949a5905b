#!/usr/bin/env node
// `npx dossier-server`: the reference Dossier backend (see `dossier-server --help` for its environment variables).
import '../dist/cli/server-main.js';
