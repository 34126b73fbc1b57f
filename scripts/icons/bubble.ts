/**
 * Rapport's mark: a rounded speech bubble in a calm blue with three light dots (someone is
 * replying), its tail at the lower left. Drawn from shapes in a unit square and sampled 8 × 8 per
 * pixel, so each size is anti-aliased on its own rather than scaled down from a large one.
 */
import type { Rgba } from './png';

const BUBBLE: readonly [number, number, number] = [0x2f, 0x6b, 0x8f];
const DOTS: readonly [number, number, number] = [0xf4, 0xf8, 0xfb];
const SAMPLES = 8;

/** Inside the rounded rectangle x0..x1 × y0..y1 with corner radius r. */
function inRoundedRect(x: number, y: number, x0: number, y0: number, x1: number, y1: number, r: number): boolean {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= x0 && x <= x1 && y >= y0 && y <= y1;
}

/** Inside the triangle a, b, c (either winding). */
function inTriangle(x: number, y: number, a: [number, number], b: [number, number], c: [number, number]): boolean {
  const side = (p: [number, number], q: [number, number]) => (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
  const s1 = side(a, b);
  const s2 = side(b, c);
  const s3 = side(c, a);
  return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
}

/** What covers the point (unit square, y down): the bubble, one of its dots, or nothing. */
function paintAt(x: number, y: number, size: number): 'bubble' | 'dot' | null {
  // Edges and dot centres on sixteenths, so they fall on pixel boundaries at every size (16, 32, 48, 128).
  const body = inRoundedRect(x, y, 1 / 16, 2 / 16, 15 / 16, 12 / 16, 0.2);
  const tail = inTriangle(x, y, [0.2, 0.7], [0.46, 0.7], [0.14, 0.94]);
  if (!body && !tail) return null;
  // Dots a little larger on the smallest icon, where a thin dot would blur away.
  const r = size <= 16 ? 0.066 : 0.07;
  for (const dx of [5 / 16, 8 / 16, 11 / 16]) if ((x - dx) ** 2 + (y - 7 / 16) ** 2 <= r * r) return 'dot';
  return 'bubble';
}

export function drawBubble(size: number): Rgba {
  if (!Number.isInteger(size) || size < 8 || size > 1024) throw new Error(`drawBubble: size ${size} is not a whole number of pixels from 8 to 1024`);
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const paint = paintAt((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size, size);
          if (!paint) continue;
          const colour = paint === 'dot' ? DOTS : BUBBLE;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered++;
        }
      }
      const i = (py * size + px) * 4;
      if (covered === 0) continue;
      pixels.set([Math.round(r / covered), Math.round(g / covered), Math.round(b / covered), Math.round((covered * 255) / (SAMPLES * SAMPLES))], i);
    }
  }
  return { width: size, height: size, pixels };
}
