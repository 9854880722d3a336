#!/usr/bin/env node
// The `tandem` command: starts the bundled CLI. The bundle is made by `npm run build`
// (scripts/build-cli.mjs); without it, say so plainly instead of failing on a missing import.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli/tandem.mjs', import.meta.url);
if (!existsSync(bundle)) {
  console.error('tandem: the CLI is not built yet. In the Tandem folder run `npm run build` (or `node scripts/build-cli.mjs`), then try again.');
  process.exit(1);
}
const { main } = await import(bundle.href);
await main(process.argv.slice(2));
