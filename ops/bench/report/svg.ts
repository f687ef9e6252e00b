// Minimal SVG line charts for REPORT.md. Written by hand because recharts 3 (the project's chart
// library) renders only an empty wrapper <div> under react-dom/server's renderToStaticMarkup:
// its charts are drawn after effects run, which never happens server-side (recharts issues
// #5997 and #6139; 2.x rendered SVG). Fixed size, no scripts, no external fonts.

export interface Series {
  name: string;
  points: { x: number; y: number }[];
  color?: string;
  dashed?: boolean;
}

const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b'];
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min)) return [min];
  const step0 = (max - min) / count;
  const mag = 10 ** Math.floor(Math.log10(step0));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= step0) ?? step0;
  const ticks: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + 1e-9; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

const fmt = (v: number) => (Math.abs(v) >= 1000 ? `${(v / 1000).toFixed(v % 1000 === 0 ? 0 : 1)}k` : Number(v.toPrecision(4)).toString());

export function lineChart(o: { title: string; xLabel: string; yLabel: string; series: Series[]; width?: number; height?: number; logX?: boolean; yMin?: number; hLine?: { y: number; label: string } }): string {
  const W = o.width ?? 720;
  const H = o.height ?? 360;
  const m = { l: 64, r: 16, t: 36, b: 72 };
  const pts = o.series.flatMap((s) => s.points).filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  const tx = (x: number) => (o.logX ? Math.log2(Math.max(x, 1e-9)) : x);
  let x0 = Math.min(...pts.map((p) => tx(p.x)));
  let x1 = Math.max(...pts.map((p) => tx(p.x)));
  let y0 = o.yMin ?? Math.min(0, ...pts.map((p) => p.y));
  let y1 = Math.max(...pts.map((p) => p.y), o.hLine ? o.hLine.y * 1.05 : -Infinity);
  if (!pts.length) [x0, x1, y0, y1] = [0, 1, 0, 1];
  if (x1 === x0) x1 = x0 + 1;
  if (y1 === y0) y1 = y0 + 1;
  const yTicks = niceTicks(y0, y1);
  y1 = Math.max(y1, yTicks[yTicks.length - 1]);
  const px = (x: number) => m.l + ((tx(x) - x0) / (x1 - x0)) * (W - m.l - m.r);
  const py = (y: number) => H - m.b - ((y - y0) / (y1 - y0)) * (H - m.t - m.b);
  const xTicks = o.logX ? [...new Set(pts.map((p) => p.x))].sort((a, b) => a - b) : niceTicks(x0, x1);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="11">`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<text x="${W / 2}" y="20" text-anchor="middle" font-size="14" font-weight="bold">${esc(o.title)}</text>`,
  ];
  for (const y of yTicks) {
    out.push(`<line x1="${m.l}" x2="${W - m.r}" y1="${py(y).toFixed(1)}" y2="${py(y).toFixed(1)}" stroke="#e5e5e5"/>`);
    out.push(`<text x="${m.l - 6}" y="${(py(y) + 4).toFixed(1)}" text-anchor="end">${fmt(y)}</text>`);
  }
  for (const x of xTicks) {
    out.push(`<line x1="${px(x).toFixed(1)}" x2="${px(x).toFixed(1)}" y1="${H - m.b}" y2="${H - m.b + 4}" stroke="#333"/>`);
    out.push(`<text x="${px(x).toFixed(1)}" y="${H - m.b + 16}" text-anchor="middle">${fmt(x)}</text>`);
  }
  out.push(`<line x1="${m.l}" x2="${W - m.r}" y1="${H - m.b}" y2="${H - m.b}" stroke="#333"/>`, `<line x1="${m.l}" x2="${m.l}" y1="${m.t}" y2="${H - m.b}" stroke="#333"/>`);
  out.push(`<text x="${(m.l + W - m.r) / 2}" y="${H - m.b + 34}" text-anchor="middle">${esc(o.xLabel)}</text>`);
  out.push(`<text transform="translate(14 ${(m.t + H - m.b) / 2}) rotate(-90)" text-anchor="middle">${esc(o.yLabel)}</text>`);
  if (o.hLine) {
    out.push(`<line x1="${m.l}" x2="${W - m.r}" y1="${py(o.hLine.y).toFixed(1)}" y2="${py(o.hLine.y).toFixed(1)}" stroke="#999" stroke-dasharray="6 4"/>`);
    out.push(`<text x="${W - m.r - 4}" y="${(py(o.hLine.y) - 4).toFixed(1)}" text-anchor="end" fill="#666">${esc(o.hLine.label)}</text>`);
  }
  o.series.forEach((s, i) => {
    const color = s.color ?? COLORS[i % COLORS.length];
    const ps = s.points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
    if (ps.length) {
      out.push(`<polyline fill="none" stroke="${color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="5 3"' : ''} points="${ps.map((p) => `${px(p.x).toFixed(1)},${py(p.y).toFixed(1)}`).join(' ')}"/>`);
      if (ps.length <= 20) for (const p of ps) out.push(`<circle cx="${px(p.x).toFixed(1)}" cy="${py(p.y).toFixed(1)}" r="3" fill="${color}"/>`);
    }
    const lx = m.l + (i % 3) * 220;
    const ly = H - 14 - Math.floor(i / 3) * 0 - (i >= 3 ? -0 : 0);
    const row = Math.floor(i / 3);
    out.push(`<line x1="${lx}" x2="${lx + 18}" y1="${ly - 4 + row * 0}" y2="${ly - 4}" stroke="${color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="5 3"' : ''} transform="translate(0 ${row * -14})"/>`);
    out.push(`<text x="${lx + 22}" y="${ly}" transform="translate(0 ${row * -14})">${esc(s.name)}</text>`);
  });
  out.push('</svg>');
  return out.join('\n');
}

/** Grouped bars: one group per category, one bar per series. */
export function barChart(o: { title: string; yLabel: string; categories: string[]; series: { name: string; values: number[] }[]; width?: number; height?: number }): string {
  const W = o.width ?? 720;
  const H = o.height ?? 340;
  const m = { l: 64, r: 16, t: 36, b: 64 };
  const max = Math.max(...o.series.flatMap((s) => s.values).filter(Number.isFinite), 0);
  const ticks = niceTicks(0, max || 1);
  const y1 = Math.max(max, ticks[ticks.length - 1]) || 1;
  const py = (y: number) => H - m.b - (y / y1) * (H - m.t - m.b);
  const gw = (W - m.l - m.r) / o.categories.length;
  const bw = (gw * 0.8) / o.series.length;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="11">`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<text x="${W / 2}" y="20" text-anchor="middle" font-size="14" font-weight="bold">${esc(o.title)}</text>`,
  ];
  for (const y of ticks) {
    out.push(`<line x1="${m.l}" x2="${W - m.r}" y1="${py(y).toFixed(1)}" y2="${py(y).toFixed(1)}" stroke="#e5e5e5"/>`);
    out.push(`<text x="${m.l - 6}" y="${(py(y) + 4).toFixed(1)}" text-anchor="end">${fmt(y)}</text>`);
  }
  o.categories.forEach((c, ci) => {
    out.push(`<text x="${(m.l + gw * ci + gw / 2).toFixed(1)}" y="${H - m.b + 16}" text-anchor="middle">${esc(c)}</text>`);
    o.series.forEach((s, si) => {
      const v = s.values[ci];
      if (!Number.isFinite(v)) return;
      const x = m.l + gw * ci + gw * 0.1 + bw * si;
      out.push(`<rect x="${x.toFixed(1)}" y="${py(v).toFixed(1)}" width="${(bw - 2).toFixed(1)}" height="${(H - m.b - py(v)).toFixed(1)}" fill="${COLORS[si % COLORS.length]}"/>`);
      out.push(`<text x="${(x + bw / 2).toFixed(1)}" y="${(py(v) - 3).toFixed(1)}" text-anchor="middle" font-size="10">${fmt(Number(v.toPrecision(3)))}</text>`);
    });
  });
  out.push(`<line x1="${m.l}" x2="${W - m.r}" y1="${H - m.b}" y2="${H - m.b}" stroke="#333"/>`);
  out.push(`<text transform="translate(14 ${(m.t + H - m.b) / 2}) rotate(-90)" text-anchor="middle">${esc(o.yLabel)}</text>`);
  o.series.forEach((s, i) => {
    const lx = m.l + i * 200;
    out.push(`<rect x="${lx}" y="${H - 22}" width="12" height="12" fill="${COLORS[i % COLORS.length]}"/>`, `<text x="${lx + 16}" y="${H - 12}">${esc(s.name)}</text>`);
  });
  out.push('</svg>');
  return out.join('\n');
}
