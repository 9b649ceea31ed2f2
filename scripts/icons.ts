// `npx tsx scripts/icons.ts`: draws the SPASER 365 icons procedurally and writes them to public/assets/
// (committed, so builds and manifests never depend on this script). The mark: a white leaf with a
// green midrib on a green rounded square — readable at 16 px. Teams' outline icon is the leaf alone,
// white on transparent, as Teams requires. Each pixel is 4×4 supersampled for clean edges.
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { PNG } from "pngjs";

const GREEN = [0x2e, 0x7d, 0x32] as const;
const WHITE = [0xff, 0xff, 0xff] as const;
const SAMPLES = 4;

type Point = readonly [number, number];

function insideRoundedSquare(x: number, y: number, radius: number): boolean {
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

// The leaf is the lens between two discs, along the diagonal from bottom-left to top-right.
const TIP_A: Point = [0.26, 0.74];
const TIP_B: Point = [0.78, 0.22];
const HALF_WIDTH = 0.17;

function leafDiscs(): { centres: [Point, Point]; radius: number } {
  const [ax, ay] = TIP_A;
  const [bx, by] = TIP_B;
  const length = Math.hypot(bx - ax, by - ay);
  const radius = (length ** 2 / 4 + HALF_WIDTH ** 2) / (2 * HALF_WIDTH);
  const offset = radius - HALF_WIDTH;
  const [mx, my] = [(ax + bx) / 2, (ay + by) / 2];
  const [nx, ny] = [(by - ay) / length, -(bx - ax) / length];
  return {
    centres: [
      [mx + nx * offset, my + ny * offset],
      [mx - nx * offset, my - ny * offset],
    ],
    radius,
  };
}
const DISCS = leafDiscs();

function insideLeaf(x: number, y: number): boolean {
  return DISCS.centres.every(([cx, cy]) => (x - cx) ** 2 + (y - cy) ** 2 <= DISCS.radius ** 2);
}

function distanceToSegment(x: number, y: number, [ax, ay]: Point, [bx, by]: Point): number {
  const [dx, dy] = [bx - ax, by - ay];
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

const STEM: [Point, Point] = [
  [0.16, 0.84],
  [0.3, 0.7],
];
const MIDRIB: [Point, Point] = [
  [0.3, 0.7],
  [0.66, 0.34],
];

/** What covers a point of the icon: the leaf (white), its midrib (background shows through), or nothing. */
function markAt(x: number, y: number, size: number): "leaf" | "none" {
  const stroke = Math.max(0.045, 1.2 / size); // never thinner than about one pixel
  if (distanceToSegment(x, y, STEM[0], STEM[1]) <= stroke) return "leaf";
  if (!insideLeaf(x, y)) return "none";
  if (size >= 32 && distanceToSegment(x, y, MIDRIB[0], MIDRIB[1]) <= stroke * 0.5) return "none";
  return "leaf";
}

export function renderIcon(size: number, variant: "color" | "outline"): PNG {
  const png = new PNG({ width: size, height: size });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let background = 0;
      let leaf = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          if (variant === "color" && insideRoundedSquare(x, y, 0.2)) background++;
          if (markAt(x, y, size) === "leaf") leaf++;
        }
      }
      const total = SAMPLES * SAMPLES;
      const offset = (py * size + px) * 4;
      if (variant === "outline") {
        png.data[offset] = WHITE[0];
        png.data[offset + 1] = WHITE[1];
        png.data[offset + 2] = WHITE[2];
        png.data[offset + 3] = Math.round((leaf / total) * 255);
        continue;
      }
      // Leaf samples lie inside the square: blend white over green by the leaf's share.
      const share = background === 0 ? 0 : Math.min(leaf, background) / background;
      for (let c = 0; c < 3; c++) {
        png.data[offset + c] = Math.round((GREEN[c] ?? 0) * (1 - share) + (WHITE[c] ?? 0) * share);
      }
      png.data[offset + 3] = Math.round((background / total) * 255);
    }
  }
  return png;
}

export const ICON_FILES: readonly { file: string; size: number; variant: "color" | "outline" }[] = [
  ...[16, 32, 64, 80, 128].map((size) => ({ file: `icon-${size}.png`, size, variant: "color" as const })),
  { file: "color-192.png", size: 192, variant: "color" },
  { file: "outline-32.png", size: 32, variant: "outline" },
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = resolve(import.meta.dirname, "../public/assets");
  mkdirSync(dir, { recursive: true });
  for (const { file, size, variant } of ICON_FILES) {
    writeFileSync(resolve(dir, file), PNG.sync.write(renderIcon(size, variant)));
    console.log(`public/assets/${file} (${size}×${size}, ${variant})`);
  }
}
