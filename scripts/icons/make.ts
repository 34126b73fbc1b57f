/**
 * Writes public/icons/icon-<size>.png for every size the manifest declares (lib/build/icons.ts).
 * Run after changing the drawing: `node --import tsx scripts/icons/make.ts`; the PNGs are committed,
 * and tests/unit/icons.test.ts checks they still match this drawing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ICON_SIZES, iconPath } from '../../lib/build/icons';
import { drawBubble } from './bubble';
import { encodePng } from './png';

const PUBLIC_DIR = resolve(import.meta.dirname, '../../public');

for (const size of ICON_SIZES) {
  const file = join(PUBLIC_DIR, iconPath(size));
  mkdirSync(dirname(file), { recursive: true });
  const png = encodePng(drawBubble(size));
  writeFileSync(file, png);
  console.log(`${iconPath(size)}  ${size}×${size}  ${png.length} bytes`);
}
