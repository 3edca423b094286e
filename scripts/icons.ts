// Renders the extension's icon (assets/icon.svg, our own design: a lens over a job card) to PNGs at the
// sizes the stores and browsers ask for, into .cache/icons/. Offline: @resvg/resvg-js ships its
// renderer inside the npm package. Run by the build (wxt.config.ts); by hand: npx tsx scripts/icons.ts
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ICON_SVG = path.join(root, 'assets/icon.svg');
export const ICON_DIR = path.join(root, '.cache/icons');
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

/** Writes icon/<size>.png for every size unless they were made from this very SVG; returns the folder. */
export function ensureIcons(): string {
  const svg = fs.readFileSync(ICON_SVG, 'utf8');
  const stamp = crypto.createHash('sha256').update(svg).digest('hex');
  const stampFile = path.join(ICON_DIR, 'stamp');
  const fresh = fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp && ICON_SIZES.every((s) => fs.existsSync(path.join(ICON_DIR, `${s}.png`)));
  if (fresh) return ICON_DIR;
  fs.mkdirSync(ICON_DIR, { recursive: true });
  fs.rmSync(stampFile, { force: true });
  for (const size of ICON_SIZES) {
    const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
    fs.writeFileSync(path.join(ICON_DIR, `${size}.png`), png);
  }
  fs.writeFileSync(stampFile, stamp);
  return ICON_DIR;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(`icons in ${path.relative(process.cwd(), ensureIcons())}: ${ICON_SIZES.join(', ')} px`);
}
