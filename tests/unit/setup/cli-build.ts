/**
 * Vitest global set-up: the CLI tests run bin/rapport, which runs the bundle in dist/. Rebuild it
 * when lib/ (or the models, or Node) changed since the last build, so those tests never check a
 * stale copy of the engine. A current build costs only a look at the files' times.
 */
import { buildCli, isCliStale } from '../../../scripts/cli-bundle';

export async function setup(): Promise<void> {
  const stale = isCliStale();
  if (stale === null) return;
  const built = await buildCli();
  console.log(`rebuilt the CLI bundle for the tests (${stale}) in ${Math.round(built.ms)} ms`);
}
