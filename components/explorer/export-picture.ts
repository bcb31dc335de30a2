/**
 * Taking a view away: the SVG of the current view (graph/svg-drawing.ts) saved as a file,
 * the same picture as a PNG (drawn onto a canvas at twice its size), or printed as a
 * drawing in place of the interactive canvas.
 */
import type { Drawing, Frame, Palette } from '@/graph/svg-drawing';
import { renderSvg } from '@/graph/svg-drawing';
import type { Lang } from '@/graph/schema';
import { downloadBlob } from '../download';

export interface Picture {
  drawing: Drawing;
  frame: Frame;
  lang: Lang;
  label: string;
}

export function svgOf(p: Picture, palette: Palette): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderSvg(p.drawing, { lang: p.lang, label: p.label, frame: p.frame, palette })}`;
}

export function saveSvg(p: Picture, palette: Palette, name: string) {
  downloadBlob(new Blob([svgOf(p, palette)], { type: 'image/svg+xml;charset=utf-8' }), name);
}

/** The PNG at twice the picture's size (sharp on slides), from the same SVG. */
export async function savePng(p: Picture, palette: Palette, name: string): Promise<void> {
  const svg = renderSvg(p.drawing, { lang: p.lang, label: p.label, frame: p.frame, palette });
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const scale = 2;
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(img.naturalWidth * scale);
  canvas.height = Math.ceil(img.naturalHeight * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.scale(scale, scale);
  ctx.drawImage(img, 0, 0);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('no PNG');
  downloadBlob(blob, name);
}

/**
 * The drawing printed in place of the canvas: written, without colours of its own, into
 * the page's print-only holder, so the print style colours it (black on white on paper).
 */
export function printDrawing(holder: HTMLElement, p: Picture) {
  holder.innerHTML = renderSvg(p.drawing, { lang: p.lang, label: p.label, frame: p.frame });
}
