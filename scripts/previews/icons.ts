import type { CardJob } from './cards';

/**
 * The web app manifest's icons, drawn from public/favicon.svg: the icon itself at 192 and 512 pixels, and a
 * maskable 512 one, where a launcher may cut the icon to any shape inside the central circle of 40% radius (the
 * "safe zone"): the background fills the whole square and the drawing sits within the central 80%.
 */
function parts(favicon: string): { viewBox: string; inner: string; background: string } {
  const inner = /<svg[^>]*>([\s\S]*)<\/svg>/.exec(favicon)?.[1];
  if (inner === undefined) throw new Error('public/favicon.svg is not an <svg> element');
  const viewBox = /<svg[^>]*viewBox="([^"]+)"/.exec(favicon)?.[1] ?? '0 0 32 32';
  // The favicon's first fill is its background tile; the maskable icon extends it to the edges.
  const background = /fill="(#[0-9a-fA-F]{3,8})"/.exec(inner)?.[1] ?? '#cfdde6';
  return { viewBox, inner, background };
}

function icon(favicon: string, size: number, maskable: boolean): string {
  const { viewBox, inner, background } = parts(favicon);
  const open = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">`;
  if (!maskable) return `${open}<svg width="${size}" height="${size}" viewBox="${viewBox}">${inner}</svg></svg>`;
  const art = Math.round(size * 0.8);
  const at = (size - art) / 2;
  return `${open}<rect width="${size}" height="${size}" fill="${background}"/><svg x="${at}" y="${at}" width="${art}" height="${art}" viewBox="${viewBox}">${inner}</svg></svg>`;
}

export function iconJobs(favicon: string): CardJob[] {
  return [
    { file: 'icons/icon-192.png', svg: icon(favicon, 192, false) },
    { file: 'icons/icon-512.png', svg: icon(favicon, 512, false) },
    { file: 'icons/icon-maskable-512.png', svg: icon(favicon, 512, true) },
  ];
}
