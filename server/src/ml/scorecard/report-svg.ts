// Minimal SVG charts for the training report: hand-written so the report is one self-contained
// file that opens offline (no chart library, no CDN).

export interface Series {
  label: string;
  points: Array<[number, number]>;
  color: string;
  /** 'line' joins the points, 'step' draws a histogram outline, 'dots' marks them. */
  style?: 'line' | 'step' | 'dots' | 'line+dots';
  dashed?: boolean;
  fill?: boolean;
}

export interface ChartOptions {
  title: string;
  xLabel: string;
  yLabel: string;
  xDomain: [number, number];
  yDomain: [number, number];
  series: Series[];
  width?: number;
  height?: number;
  legend?: 'top-left' | 'bottom-right';
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** About five round tick values covering [lo, hi]. */
function ticks(lo: number, hi: number): number[] {
  const span = hi - lo || 1;
  const raw = span / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) out.push(Number(t.toPrecision(12)));
  return out;
}

const num = (x: number) => (Math.round(x * 100) / 100).toString();

export function chart(options: ChartOptions): string {
  const width = options.width ?? 480;
  const height = options.height ?? 360;
  const margin = { left: 58, right: 16, top: 34, bottom: 48 };
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const [x0, x1] = options.xDomain;
  const [y0, y1] = options.yDomain;
  const sx = (x: number) => margin.left + ((x - x0) / (x1 - x0 || 1)) * plotW;
  const sy = (y: number) => margin.top + plotH - ((y - y0) / (y1 - y0 || 1)) * plotH;
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="11">`);
  parts.push(`<rect width="${width}" height="${height}" fill="#fff"/>`);
  parts.push(`<text x="${width / 2}" y="18" text-anchor="middle" font-size="13" font-weight="600">${escapeXml(options.title)}</text>`);
  for (const t of ticks(x0, x1)) {
    parts.push(`<line x1="${num(sx(t))}" y1="${margin.top}" x2="${num(sx(t))}" y2="${margin.top + plotH}" stroke="#eee"/>`);
    parts.push(`<text x="${num(sx(t))}" y="${margin.top + plotH + 14}" text-anchor="middle" fill="#444">${t}</text>`);
  }
  for (const t of ticks(y0, y1)) {
    parts.push(`<line x1="${margin.left}" y1="${num(sy(t))}" x2="${margin.left + plotW}" y2="${num(sy(t))}" stroke="#eee"/>`);
    parts.push(`<text x="${margin.left - 6}" y="${num(sy(t) + 4)}" text-anchor="end" fill="#444">${t}</text>`);
  }
  parts.push(`<rect x="${margin.left}" y="${margin.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#888"/>`);
  parts.push(`<text x="${margin.left + plotW / 2}" y="${height - 10}" text-anchor="middle">${escapeXml(options.xLabel)}</text>`);
  parts.push(`<text transform="translate(14 ${margin.top + plotH / 2}) rotate(-90)" text-anchor="middle">${escapeXml(options.yLabel)}</text>`);

  options.series.forEach((s, k) => {
    const style = s.style ?? 'line';
    let points = s.points;
    if (style === 'step' && points.length > 1) {
      // points are bin starts; the last bin is as wide as the one before it
      const last = points[points.length - 1];
      const width = last[0] - points[points.length - 2][0];
      points = points.flatMap(([x, y], i) => [[x, y] as [number, number], [i + 1 < s.points.length ? s.points[i + 1][0] : last[0] + width, y] as [number, number]]);
    }
    const path = points.map(([x, y], i) => `${i ? 'L' : 'M'}${num(sx(x))} ${num(sy(y))}`).join(' ');
    const dash = s.dashed ? ' stroke-dasharray="5 4"' : '';
    if (style !== 'dots' && points.length > 0) {
      if (s.fill) {
        const area = `${path} L${num(sx(points[points.length - 1][0]))} ${num(sy(y0))} L${num(sx(points[0][0]))} ${num(sy(y0))} Z`;
        parts.push(`<path d="${area}" fill="${s.color}" fill-opacity="0.18" stroke="none"/>`);
      }
      parts.push(`<path d="${path}" fill="none" stroke="${s.color}" stroke-width="2"${dash}/>`);
    }
    if (style === 'dots' || style === 'line+dots') {
      for (const [x, y] of s.points) parts.push(`<circle cx="${num(sx(x))}" cy="${num(sy(y))}" r="3.5" fill="${s.color}"/>`);
    }
    const bottom = options.legend === 'bottom-right';
    const lx = bottom ? margin.left + plotW - 190 : margin.left + 10;
    const ly = bottom ? margin.top + plotH - 10 - (options.series.length - 1 - k) * 16 : margin.top + 14 + k * 16;
    parts.push(`<line x1="${lx}" y1="${ly - 4}" x2="${lx + 18}" y2="${ly - 4}" stroke="${s.color}" stroke-width="2"${dash}/>`);
    parts.push(`<text x="${lx + 24}" y="${ly}">${escapeXml(s.label)}</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n');
}
