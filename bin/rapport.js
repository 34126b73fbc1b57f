#!/usr/bin/env node
/**
 * Launcher for the `rapport` command. The CLI is written in TypeScript next to the engine it
 * drives (lib/cli); tsx, a runtime dependency, compiles it on the fly, so `npx rapport` works
 * right after `npm install` with no build step and no second copy of the engine to keep in sync.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = new URL('../', import.meta.url);
const projectTsconfig = fileURLToPath(new URL('tsconfig.json', root));
// The project's tsconfig extends one that `wxt prepare` generates; without it, plain defaults do.
const tsconfig =
  existsSync(projectTsconfig) && existsSync(fileURLToPath(new URL('.wxt/tsconfig.json', root))) ? projectTsconfig : false;

const { run } = await tsImport('../lib/cli/main.ts', { parentURL: import.meta.url, tsconfig });
process.exitCode = await run(process.argv.slice(2));
