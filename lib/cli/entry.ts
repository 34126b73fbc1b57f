/**
 * The entry of the bundled CLI (dist/rapport-cli.cjs, made by scripts/build-cli.ts). Run by Node,
 * it runs the command. Run by `node --build-snapshot`, it instead loads everything a check needs
 * (compromise's lexicon, the rules, both models) and leaves the command for the snapshot's start:
 * bin/rapport then starts from that warm heap instead of rebuilding it on every call.
 */
import { startupSnapshot } from 'node:v8';
import { analyze } from '../coaching';
// The faster, equivalent compromise sweep (see the module).
import '../engine/compromise-sweep';
import { clearAllCaches } from '../engine/cache';
import { run } from './main';

/** Exercises every rule and both models once, so their lazy set-up happens now. */
const WARM_UP = "Hi Sam, I'm happy to help. Just restart it. You must have deleted the file. I'll check back tomorrow.";

/** An unexpected error stays unhandled, so Node prints it and exits 1, as before bundling. */
function start(argv: readonly string[]): void {
  void run(argv).then((code) => {
    process.exitCode = code;
  });
}

if (startupSnapshot.isBuildingSnapshot()) {
  analyze(WARM_UP, { customerMessage: 'This is the third time this week and nobody has called me back!' });
  // The warm-up text must not answer a later check from a cache: only set-up stays in the heap.
  clearAllCaches();
  // Started as `node --snapshot-blob FILE -- …args`: argv is [node, …args].
  startupSnapshot.setDeserializeMainFunction(() => start(process.argv.slice(1)));
} else {
  start(process.argv.slice(2));
}
