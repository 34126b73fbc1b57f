/**
 * `npm run build:cli` (also run by `npm install`, via prepare, and by `npm run build`): bundles the
 * `rapport` command into dist/ (see cli-bundle.ts). `--if-stale` rebuilds only when the sources,
 * the models or Node changed since the last build.
 */
import { buildCli, isCliStale } from './cli-bundle';

const onlyIfStale = process.argv.includes('--if-stale');
const stale = isCliStale();
if (onlyIfStale && stale === null) {
  console.log('build:cli: dist/ is up to date');
} else {
  const built = await buildCli();
  console.log(
    `build:cli: dist/rapport-cli.cjs from ${built.inputs} files${built.snapshot ? ' + start-up snapshot' : ''} in ${Math.round(built.ms)} ms` +
      (stale && stale !== 'not built' ? ` (${stale})` : ''),
  );
}
