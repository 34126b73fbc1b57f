// Worker threads don't get vitest's TypeScript transform: tsx compiles the worker (as bin/rapport.js does).
import { tsImport } from 'tsx/esm/api';

await tsImport('./practice-patterns-worker.ts', import.meta.url);
