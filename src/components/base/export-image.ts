/**
 * An SVG or PNG picture of a widget's chart with its title, as-of date and source: the chart as
 * drawn, each element's computed paint written on it (the file needs no style sheet), HTML inside
 * it left out. Loaded on first use by the widgets that draw a chart.
 */
import type { ExportContent, ExportLines, Look } from './export-menu.js';

const svgNs = 'http://www.w3.org/2000/svg';

// What the chart's style sheet says, written onto each element, so the file needs no style sheet.
const painted = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'paint-order',
  'font-size',
  'font-style',
  'font-weight',
  'font-family',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

let measurer: CanvasRenderingContext2D | null | undefined;

/** `text` broken into lines no wider than `width` at `font` (measured, as Chinese has no spaces to break at). */
function wrap(text: string, font: string, width: number): string[] {
  measurer ??= document.createElement('canvas').getContext('2d');
  if (!measurer) return [text];
  measurer.font = font;
  const lines: string[] = [];
  let line = '';
  for (const char of text) {
    if (line && measurer.measureText(line + char).width > width) {
      lines.push(line);
      line = char.trim() ? char : '';
    } else line += char;
  }
  return [...lines, line];
}

/** A standalone SVG file of `chart` as drawn, under its title (and figures), above the as-of date and source. */
export function toSvg(chart: SVGSVGElement, content: ExportContent, lines: ExportLines, look: Look): { blob: Blob; width: number; height: number } {
  const box = chart.getBoundingClientRect();
  const width = Math.round(box.width);
  const height = Math.round(box.height);
  const copy = chart.cloneNode(true) as SVGSVGElement;
  const from = [...chart.querySelectorAll('*')];
  const to = [...copy.querySelectorAll('*')];
  from.forEach((element, i) => {
    const target = to[i]!;
    const style = getComputedStyle(element);
    // HTML inside the picture would taint the PNG's canvas; its figures are in the header lines.
    if (element.localName === 'foreignObject' || style.display === 'none') {
      target.remove();
      return;
    }
    for (const name of painted) {
      if (name.startsWith('font') && element.localName !== 'text' && element.localName !== 'tspan') continue;
      const value = style.getPropertyValue(name);
      if (value) target.setAttribute(name, value);
    }
  });
  // Lit's markers are comments: not part of the picture.
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);

  const pad = 12;
  const inner = Math.max(width - 2 * pad, 120);
  const font = (size: number, bold = false) => `${bold ? 'bold ' : ''}${size}px ${look.fontFamily}`;
  const head = [
    ...wrap(content.title, font(16, true), inner).map((text) => ({ text, size: 16, bold: true })),
    ...(content.lines ?? []).flatMap((line) => wrap(line, font(13), inner).map((text) => ({ text, size: 13, bold: false }))),
  ];
  const foot = [lines.asOf, lines.source].flatMap((line) => wrap(line, font(12), inner).map((text) => ({ text, size: 12, bold: false })));
  const headHeight = pad + head.reduce((sum, line) => sum + line.size * 1.5, 0);
  const footHeight = foot.reduce((sum, line) => sum + line.size * 1.5, 0) + pad;
  const total = Math.ceil(headHeight + height + footHeight);

  const root = document.createElementNS(svgNs, 'svg');
  root.setAttribute('xmlns', svgNs);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(total));
  root.setAttribute('viewBox', `0 0 ${width} ${total}`);
  root.setAttribute('font-family', look.fontFamily);
  const title = document.createElementNS(svgNs, 'title');
  title.textContent = content.title;
  const ground = document.createElementNS(svgNs, 'rect');
  ground.setAttribute('width', '100%');
  ground.setAttribute('height', '100%');
  ground.setAttribute('fill', look.background);
  root.append(title, ground);
  let y = pad;
  const addLine = (line: { text: string; size: number; bold: boolean }) => {
    y += line.size * 1.5;
    const text = document.createElementNS(svgNs, 'text');
    text.setAttribute('x', String(pad));
    text.setAttribute('y', String(Math.round(y - line.size * 0.4)));
    text.setAttribute('font-size', String(line.size));
    text.setAttribute('fill', look.color);
    if (line.bold) text.setAttribute('font-weight', 'bold');
    text.textContent = line.text;
    root.append(text);
  };
  head.forEach(addLine);
  copy.setAttribute('x', '0');
  copy.setAttribute('y', String(Math.round(headHeight)));
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.removeAttribute('class');
  root.append(copy);
  y = headHeight + height;
  foot.forEach(addLine);
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
  return { blob: new Blob([text], { type: 'image/svg+xml;charset=utf-8' }), width, height: total };
}

/** A PNG of an SVG file at twice its size (sharp on paper and on high-density screens). Needs `img-src blob:`. */
export async function toPng(svg: { blob: Blob; width: number; height: number }, scale = 2): Promise<Blob> {
  const failed = 'imageFailed';
  const url = URL.createObjectURL(svg.blob);
  try {
    const image = new Image();
    image.src = url;
    await image.decode().catch(() => {
      throw new Error(failed);
    });
    const canvas = document.createElement('canvas');
    canvas.width = svg.width * scale;
    canvas.height = svg.height * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error(failed);
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, svg.width, svg.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(failed))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The SVG or PNG file of the chart a widget's export gives. */
export function drawChart(format: 'svg' | 'png', content: ExportContent, lines: ExportLines, look: Look): Promise<Blob> {
  const chart = content.chart;
  if (!chart?.isConnected) throw new Error('noChart');
  const svg = toSvg(chart, content, lines, look);
  return format === 'svg' ? Promise.resolve(svg.blob) : toPng(svg);
}

