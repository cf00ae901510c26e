/**
 * The map image a reader takes away: the map as drawn, with what it shows written around it, so the picture still
 * makes sense on its own: a title and the date above; the legend of what is on it, the data's credits and the link
 * to this view below. Drawn on a 2D canvas at the map canvas's own pixel scale.
 */
export interface MapCardText {
  title: string;
  when: string;
  /** The legend: one entry per kind of marker on the map (a site status, events). */
  legend: { label: string; colour: string; shape: 'diamond' | 'hollow-diamond' | 'dot' }[];
  credit: string;
  url: string;
  dir: 'ltr' | 'rtl';
}

const PAPER = '#fbfaf6';
const INK = '#24221e';
const SOFT = '#5b564c';
const RULE = '#ddd6c8';
const FONT = "system-ui, 'Noto Sans', 'DejaVu Sans', sans-serif";

function swatch(ctx: CanvasRenderingContext2D, x: number, y: number, r: number, item: MapCardText['legend'][number]): void {
  ctx.beginPath();
  if (item.shape === 'dot') ctx.arc(x, y, r * 0.8, 0, Math.PI * 2);
  else {
    ctx.moveTo(x, y - r);
    ctx.lineTo(x + r, y);
    ctx.lineTo(x, y + r);
    ctx.lineTo(x - r, y);
    ctx.closePath();
  }
  ctx.fillStyle = item.shape === 'hollow-diamond' ? '#ffffff' : item.colour;
  ctx.fill();
  ctx.lineWidth = Math.max(1, r / 3);
  ctx.strokeStyle = item.colour;
  ctx.stroke();
}

/** The card as a PNG: the map's own image in the middle, the text around it. */
export async function mapCard(map: Blob, text: MapCardText, scale: number): Promise<Blob | null> {
  const image = await createImageBitmap(map);
  const s = Math.max(1, scale);
  const pad = 16 * s;
  const header = 60 * s;
  const rowHeight = 22 * s;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  // Lay the legend out in rows first, to know how tall the footer is.
  ctx.font = `${13 * s}px ${FONT}`;
  const rows: { item: MapCardText['legend'][number]; x: number; row: number }[] = [];
  let x = pad;
  let row = 0;
  for (const item of text.legend) {
    const width = 2 * 9 * s + 6 * s + ctx.measureText(item.label).width + 18 * s;
    if (x + width > image.width - pad && x > pad) {
      row += 1;
      x = pad;
    }
    rows.push({ item, x, row });
    x += width;
  }
  const footer = pad + (row + 1) * rowHeight + 8 * s + 18 * s + pad / 2;
  canvas.width = image.width;
  canvas.height = image.height + header + footer;
  const rtl = text.dir === 'rtl';
  // In a right-to-left language the text runs from the right edge.
  const at = (left: number) => (rtl ? canvas.width - left : left);
  ctx.direction = text.dir;
  ctx.textAlign = 'start';
  ctx.fillStyle = PAPER;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = INK;
  ctx.font = `bold ${20 * s}px ${FONT}`;
  ctx.fillText(text.title, at(pad), 28 * s, canvas.width - 2 * pad);
  ctx.fillStyle = SOFT;
  ctx.font = `${14 * s}px ${FONT}`;
  ctx.fillText(text.when, at(pad), 48 * s, canvas.width - 2 * pad);
  ctx.drawImage(image, 0, header);
  ctx.fillStyle = RULE;
  ctx.fillRect(0, header - s, canvas.width, s);
  ctx.fillRect(0, header + image.height, canvas.width, s);
  const top = header + image.height + pad;
  ctx.font = `${13 * s}px ${FONT}`;
  ctx.textBaseline = 'middle';
  for (const { item, x: left, row: r } of rows) {
    const y = top + r * rowHeight + rowHeight / 2;
    swatch(ctx, at(left + 9 * s), y, 7 * s, item);
    ctx.fillStyle = INK;
    ctx.fillText(item.label, at(left + 2 * 9 * s + 6 * s), y);
  }
  ctx.fillStyle = SOFT;
  ctx.font = `${11 * s}px ${FONT}`;
  ctx.fillText(`${text.credit} · ${text.url}`, at(pad), top + (row + 1) * rowHeight + 12 * s, canvas.width - 2 * pad);
  image.close();
  return new Promise((resolve) => canvas.toBlob((blob) => resolve(blob), 'image/png'));
}
