/**
 * How long `echo "…" | rapport check` takes from the shell's point of view: bin/rapport in a child
 * process, wall time from spawn to exit. The first run is untimed (it fills the file cache).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildCli, isCliStale } from '../cli-bundle';
import { summarise, type Timing } from './stats';

const ROOT = join(import.meta.dirname, '..', '..');
const LINE = 'Just restart it and it should work.\n';

function runOnce(): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(join(ROOT, 'bin', 'rapport'), ['check'], { cwd: ROOT, stdio: ['pipe', 'ignore', 'ignore'] });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      // 1: a warning-level finding; anything else means the command did not check the line.
      if (code === 0 || code === 1) resolve(ms);
      else reject(new Error(`rapport check exited ${code}`));
    });
    child.stdin.end(LINE);
  });
}

export async function measureCliStart(runs = 10): Promise<Timing> {
  const stale = isCliStale();
  if (stale !== null) {
    process.stderr.write(`building the CLI first (${stale})…\n`);
    await buildCli();
  }
  await runOnce();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await runOnce());
  return summarise(samples);
}
