#!/usr/bin/env node
"use strict";
// The command line is TypeScript, compiled to dist/node by `npm run build:cli` (tsconfig.cli.json).
const entry = require("node:path").join(__dirname, "..", "dist", "node", "src", "cli", "index.js");
if (!require("node:fs").existsSync(entry)) {
  process.stderr.write("vam-plan: not built yet. Run `npm run build:cli` first.\n");
  process.exit(1);
}
require(entry);
