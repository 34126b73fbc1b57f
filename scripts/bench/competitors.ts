/**
 * The other on-device checkers the issue compares us with, each wrapped as text → number of
 * findings, set up once (loading and compiling are not what a user waits for on each keystroke).
 */
import { text as alexText } from 'alex';
import { LocalLinter } from 'harper.js';
import { binary } from 'harper.js/binary';
import writeGood from 'write-good';

export interface Competitor {
  name: string;
  check(text: string): number | Promise<number>;
}

export async function loadCompetitors(): Promise<Competitor[]> {
  // harper.js reads its local wasm binary from node_modules (file: URL) when running in Node.
  const harper = new LocalLinter({ binary });
  await harper.setup();
  return [
    { name: 'alex', check: (t) => alexText(t).messages.length },
    { name: 'write-good', check: (t) => writeGood(t).length },
    { name: 'harper.js', check: async (t) => (await harper.lint(t, { language: 'plaintext' })).length },
  ];
}
