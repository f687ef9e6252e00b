// The training report, rendered twice from one list of sections: Markdown (plots as SVG files next
// to it) and a self-contained HTML page (the same SVGs inline, no network needed).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { MetricSummary } from './metrics.js';
import type { PipelineResult } from './pipeline.js';
import { chart, escapeXml } from './report-svg.js';

export interface ReportInput {
  result: PipelineResult;
  data: {
    source: string;
    target?: string;
    badValue?: string;
    goodValue?: string;
    headerReason?: string;
    ignored?: string[];
    missing?: Record<string, number>;
  };
  run: { folds: number; testShare: number; seed: number; tune: boolean; command?: string };
}

type Block =
  | { kind: 'p'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; head: string[]; rows: string[][]; numeric?: boolean[] }
  | { kind: 'figure'; file: string; svg: string; caption: string };

interface Section {
  title: string;
  blocks: Block[];
}

export interface RenderedReport {
  markdown: string;
  html: string;
  figures: Array<{ file: string; svg: string }>;
}

const f = (x: number, digits = 3) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');
const pct = (x: number, digits = 1) => (Number.isFinite(x) ? `${(100 * x).toFixed(digits)}%` : 'n/a');

function ivStrength(iv: number): string {
  if (iv < 0.02) return 'not predictive';
  if (iv < 0.1) return 'weak';
  if (iv < 0.3) return 'medium';
  return 'strong';
}

function psiVerdict(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (value < 0.1) return 'stable';
  if (value < 0.25) return 'some shift, worth watching';
  return 'significant shift';
}

const metricRow = (name: string, m: MetricSummary): string[] => [name, String(m.n), pct(m.badRate), f(m.auc), f(m.gini), f(m.ks), f(m.brier, 4)];

function histogram(scores: number[], bad: boolean[], bins = 20) {
  const lo = Math.floor(Math.min(...scores) / 10) * 10;
  const hi = Math.ceil(Math.max(...scores) / 10) * 10 || lo + 10;
  const width = (hi - lo) / bins || 1;
  const goods = new Array<number>(bins).fill(0);
  const bads = new Array<number>(bins).fill(0);
  scores.forEach((s, i) => {
    const k = Math.min(bins - 1, Math.max(0, Math.floor((s - lo) / width)));
    if (bad[i]) bads[k]++;
    else goods[k]++;
  });
  const nBad = bads.reduce((a, b) => a + b, 0) || 1;
  const nGood = goods.reduce((a, b) => a + b, 0) || 1;
  const at = (k: number) => lo + k * width;
  return {
    lo,
    hi,
    goods: goods.map((c, k) => [at(k), c / nGood] as [number, number]),
    bads: bads.map((c, k) => [at(k), c / nBad] as [number, number]),
  };
}

function figures(input: ReportInput): Array<{ file: string; svg: string; caption: string }> {
  const ev = input.result.evaluation;
  const roc = chart({
    title: `ROC curve (AUC ${f(ev.metrics.auc)})`,
    xLabel: 'false positive rate (goods flagged)',
    yLabel: 'true positive rate (bads caught)',
    xDomain: [0, 1],
    yDomain: [0, 1],
    legend: 'bottom-right',
    series: [
      { label: 'scorecard', color: '#1f6feb', points: ev.roc.map((p) => [p.fpr, p.tpr]) },
      { label: 'random', color: '#999', dashed: true, points: [[0, 0], [1, 1]] },
    ],
  });
  const cal = ev.calibration;
  const top = Math.min(1, Math.max(0.05, ...cal.map((r) => Math.max(r.meanPd, r.observedBadRate))) * 1.1);
  const calibration = chart({
    title: 'Calibration by decile of predicted PD',
    xLabel: 'mean predicted PD',
    yLabel: 'observed bad rate',
    xDomain: [0, top],
    yDomain: [0, top],
    series: [
      { label: 'deciles', color: '#d1242f', style: 'line+dots', points: cal.map((r) => [r.meanPd, r.observedBadRate]) },
      { label: 'perfect calibration', color: '#999', dashed: true, points: [[0, 0], [top, top]] },
    ],
  });
  const h = histogram(ev.scores, ev.bad);
  const yMax = Math.max(0.05, ...h.goods.map((p) => p[1]), ...h.bads.map((p) => p[1])) * 1.1;
  const distribution = chart({
    title: 'Score distribution of goods and bads',
    xLabel: 'score',
    yLabel: 'share of the class',
    xDomain: [h.lo, h.hi],
    yDomain: [0, yMax],
    series: [
      { label: 'goods', color: '#1a7f37', style: 'step', fill: true, points: h.goods },
      { label: 'bads', color: '#d1242f', style: 'step', fill: true, points: h.bads },
    ],
  });
  const source = ev.source;
  return [
    { file: 'roc.svg', svg: roc, caption: `ROC curve on the ${source}.` },
    { file: 'calibration.svg', svg: calibration, caption: `Predicted PD against observed bad rate per decile, ${source}.` },
    { file: 'score-distribution.svg', svg: distribution, caption: `Scores of goods and bads, ${source}: the further apart, the better the card separates them.` },
  ];
}

function sections(input: ReportInput): { title: string; intro: string; sections: Section[]; figures: ReturnType<typeof figures> } {
  const { result, data, run } = input;
  const card = result.card;
  const figs = figures(input);
  const out: Section[] = [];

  const dataBlocks: Block[] = [
    {
      kind: 'table',
      head: ['item', 'value'],
      rows: [
        ['source', data.source],
        ['rows', String(card.training.rows)],
        ['bads / goods', `${card.training.bads} / ${card.training.goods} (bad rate ${pct(card.training.badRate)})`],
        ...(data.target ? [['target', `${data.target}: "${data.badValue}" = bad, "${data.goodValue}" = good`]] : []),
        ...(data.headerReason ? [['header', data.headerReason]] : []),
        ['candidate features', `${card.candidates.length} (${card.candidates.filter((c) => c.type === 'numeric').length} numeric, ${card.candidates.filter((c) => c.type === 'categorical').length} categorical)`],
        ['selected features', String(card.features.length)],
        ...(data.ignored?.length ? [['ignored columns', data.ignored.join(', ')]] : []),
      ],
    },
  ];
  const missing = Object.entries(data.missing ?? {}).filter(([, n]) => n > 0);
  if (missing.length) dataBlocks.push({ kind: 'p', text: `Missing values: ${missing.map(([k, n]) => `${k} ${n}`).join(', ')} (each gets its own "missing" bin).` });
  out.push({ title: 'Data', blocks: dataBlocks });

  const rows: string[][] = [];
  if (result.cv) {
    const folds = result.cv.folds;
    const mean = (key: 'ks' | 'brier') => folds.reduce((s, r) => s + r[key], 0) / folds.length;
    rows.push([`${folds.length}-fold CV, mean of folds (AUC ± sd ${f(result.cv.stdAuc)})`, String(card.training.rows), pct(card.training.badRate), f(result.cv.meanAuc), f(2 * result.cv.meanAuc - 1), f(mean('ks')), f(mean('brier'), 4)]);
    rows.push(metricRow(`${folds.length}-fold CV, pooled out-of-fold`, result.cv.pooled));
  }
  if (result.split) rows.push(metricRow(`test split (${pct(run.testShare, 0)} held out)`, result.split.test));
  rows.push(metricRow('training rows, final card (in-sample, optimistic)', card.metrics.train));
  out.push({
    title: 'Performance',
    blocks: [
      { kind: 'table', head: ['evaluation', 'rows', 'bad rate', 'AUC', 'Gini', 'KS', 'Brier'], rows, numeric: [false, true, true, true, true, true, true] },
      { kind: 'p', text: 'AUC: chance that a random bad scores riskier than a random good. Gini = 2·AUC − 1. KS: largest gap between the score distributions of bads and goods. Brier: mean squared error of the PD (lower is better).' },
      { kind: 'figure', ...figs[0] },
      { kind: 'figure', ...figs[2] },
    ],
  });

  out.push({
    title: 'Features and information value',
    blocks: [
      {
        kind: 'table',
        head: ['feature', 'label', 'type', 'IV', 'strength', 'bins', 'status', 'coefficient'],
        rows: [...card.candidates]
          .sort((a, b) => b.iv - a.iv)
          .map((c) => {
            const feature = card.features.find((x) => x.name === c.feature);
            const status = c.selected ? 'selected' : c.dropReason === 'low-iv' ? `dropped: IV < ${card.options.minIv}` : c.dropReason === 'wrong-sign' ? 'dropped: wrong coefficient sign' : 'dropped: a single bin';
            return [c.feature, c.label, c.type, f(c.iv, 4), ivStrength(c.iv), String(c.bins), status, feature ? f(feature.coefficient, 4) : ''];
          }),
        numeric: [false, false, false, true, false, true, false, true],
      },
      { kind: 'p', text: 'Coefficients are on the WoE scale and negative when the feature works as intended (higher WoE = more goods = lower PD).' },
    ],
  });

  const s = card.scaling;
  const tableRows: string[][] = [];
  for (const feat of card.features) {
    for (const bin of feat.bins) tableRows.push([feat.label, bin.label, String(bin.count), pct(bin.count ? bin.bads / bin.count : NaN), f(bin.woe, 4), bin.points.toFixed(1)]);
    // Values with no trained bin score the neutral WoE 0: say so, so the table covers every input.
    const neutral = [feat.missingBin === null ? 'missing (none in training)' : '', feat.type === 'categorical' && feat.otherBin === null ? 'unseen category' : ''].filter(Boolean);
    if (neutral.length) tableRows.push([feat.label, neutral.join(' or '), '0', '', '0.0000', feat.neutralPoints.toFixed(1)]);
  }
  out.push({
    title: 'Scorecard',
    blocks: [
      {
        kind: 'p',
        text: `Score = sum of the points of the applicant's bins. Scaling: ${s.baseScore} points at good:bad odds of ${s.baseOdds}:1, ${s.pdo} points to double the odds (factor ${f(s.factor, 4)}, offset ${f(s.offset, 4)}); PD = 1 / (1 + exp((score − offset) / factor)). Intercept ${f(card.intercept, 4)}, shared equally by the ${card.features.length} features. Points are shown rounded; the model uses them exactly.`,
      },
      { kind: 'table', head: ['feature', 'bin', 'rows', 'bad rate', 'WoE', 'points'], rows: tableRows, numeric: [false, false, true, true, true, true] },
    ],
  });

  out.push({
    title: 'Calibration',
    blocks: [
      { kind: 'p', text: `Deciles of predicted PD on the ${result.evaluation.source}.` },
      {
        kind: 'table',
        head: ['decile', 'rows', 'PD range', 'mean predicted PD', 'observed bad rate'],
        rows: result.evaluation.calibration.map((r) => [String(r.group), String(r.count), `${pct(r.minPd)} – ${pct(r.maxPd)}`, pct(r.meanPd), pct(r.observedBadRate)]),
        numeric: [true, true, false, true, true],
      },
      { kind: 'figure', ...figs[1] },
    ],
  });

  if (result.split) {
    const p = result.split.psi;
    out.push({
      title: 'Population stability (train vs test scores)',
      blocks: [
        { kind: 'p', text: `PSI = ${f(p.psi, 4)} (${psiVerdict(p.psi)}; < 0.1 stable, 0.1–0.25 some shift, > 0.25 significant). Buckets are the deciles of the training scores; the model was fitted on the training share.` },
        {
          kind: 'table',
          head: ['score bucket', 'train share', 'test share', 'contribution'],
          rows: p.buckets.map((b) => [b.lower === null ? `< ${f(b.upper as number, 1)}` : b.upper === null ? `>= ${f(b.lower, 1)}` : `${f(b.lower, 1)} to < ${f(b.upper, 1)}`, pct(b.expectedShare), pct(b.actualShare), f(b.contribution, 4)]),
          numeric: [false, true, true, true],
        },
      ],
    });
  }

  const rc = result.reasonCoverage;
  out.push({
    title: 'Reason codes',
    blocks: [
      {
        kind: 'p',
        text: `Each feature's reason weight is the points lost against its best bin. Over the ${rc.rows} rows scored by the final card: ${pct(rc.atLeastOne)} get at least 1 reason, ${pct(rc.atLeastFour)} get 4 (up to ${rc.reasonCount} are returned).`,
      },
      { kind: 'table', head: ['top reason', 'rows', 'share'], rows: rc.topReason.map((t) => [t.label, String(t.count), pct(t.share)]), numeric: [false, true, true] },
    ],
  });

  if (result.cv) {
    const folds = result.cv.folds;
    out.push({
      title: 'Cross-validation',
      blocks: [
        {
          kind: 'p',
          text: `Stratified ${folds.length}-fold CV, seed ${run.seed}. Binning, WoE, feature selection${run.tune ? ', the settings (inner CV)' : ''} and the regression are fitted inside each fold on its training part only. Mean AUC ${f(result.cv.meanAuc, 4)} ± ${f(result.cv.stdAuc, 4)}, pooled out-of-fold AUC ${f(result.cv.pooled.auc, 4)}.`,
        },
        {
          kind: 'table',
          head: ['fold', 'train rows', 'test rows', 'test bads', 'AUC', 'Gini', 'KS', 'Brier'],
          rows: [
            ...folds.map((r) => [String(r.fold), String(r.trainRows), String(r.n), String(r.bads), f(r.auc), f(r.gini), f(r.ks), f(r.brier, 4)]),
            ['mean', '', '', '', f(result.cv.meanAuc), f(2 * result.cv.meanAuc - 1), f(folds.reduce((a, r) => a + r.ks, 0) / folds.length), f(folds.reduce((a, r) => a + r.brier, 0) / folds.length, 4)],
          ],
          numeric: [false, true, true, true, true, true, true, true],
        },
      ],
    });
  }

  if (result.tuning) {
    out.push({
      title: 'Settings chosen by inner cross-validation',
      blocks: [
        { kind: 'p', text: `The final card uses ${JSON.stringify(result.tuning.best)}.` },
        {
          kind: 'table',
          head: ['settings', 'inner-CV AUC'],
          rows: [...result.tuning.candidates].sort((a, b) => b.meanAuc - a.meanAuc).map((c) => [`l2 ${c.options.l2}, monotone ${c.options.binning?.monotone}, max bins ${c.options.binning?.maxBins}`, f(c.meanAuc, 4)]),
          numeric: [false, true],
        },
      ],
    });
  }

  out.push({
    title: 'Run',
    blocks: [
      {
        kind: 'list',
        items: [
          `scorecard version ${card.version}, trained ${card.trainedAt} in ${result.seconds.toFixed(1)} s`,
          `options: ${JSON.stringify({ l2: card.options.l2, minIv: card.options.minIv, dropWrongSign: card.options.dropWrongSign, binning: card.options.binning })}`,
          `folds ${run.folds}, test share ${run.testShare}, seed ${run.seed}${run.tune ? ', settings tuned by inner CV' : ''}`,
          ...(run.command ? [`command: ${run.command}`] : []),
        ],
      },
    ],
  });
  const cvText = result.cv ? `${result.cv.folds.length}-fold CV AUC ${f(result.cv.meanAuc)}` : `training AUC ${f(card.metrics.train.auc)}`;
  const intro = `${card.features.length} of ${card.candidates.length} features, ${card.training.rows} rows, ${cvText}${result.split ? `, test AUC ${f(result.split.test.auc)}, PSI ${f(result.split.psi.psi, 3)}` : ''}.`;
  return { title: 'Credit scorecard training report', intro, sections: out, figures: figs };
}

const mdCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function toMarkdown(doc: ReturnType<typeof sections>): string {
  const lines: string[] = [`# ${doc.title}`, '', doc.intro, ''];
  for (const section of doc.sections) {
    lines.push(`## ${section.title}`, '');
    for (const block of section.blocks) {
      if (block.kind === 'p') lines.push(block.text, '');
      else if (block.kind === 'list') lines.push(...block.items.map((i) => `- ${i}`), '');
      else if (block.kind === 'figure') lines.push(`![${block.caption}](${block.file})`, '', `*${block.caption}*`, '');
      else {
        lines.push(`| ${block.head.map(mdCell).join(' | ')} |`);
        lines.push(`|${block.head.map((_, k) => (block.numeric?.[k] ? '---:' : '---')).join('|')}|`);
        for (const row of block.rows) lines.push(`| ${row.map(mdCell).join(' | ')} |`);
        lines.push('');
      }
    }
  }
  return lines.join('\n');
}

function toHtml(doc: ReturnType<typeof sections>): string {
  const e = escapeXml;
  const body: string[] = [`<h1>${e(doc.title)}</h1>`, `<p class="intro">${e(doc.intro)}</p>`];
  for (const section of doc.sections) {
    body.push(`<h2>${e(section.title)}</h2>`);
    for (const block of section.blocks) {
      if (block.kind === 'p') body.push(`<p>${e(block.text)}</p>`);
      else if (block.kind === 'list') body.push(`<ul>${block.items.map((i) => `<li>${e(i)}</li>`).join('')}</ul>`);
      else if (block.kind === 'figure') body.push(`<figure>${block.svg}<figcaption>${e(block.caption)}</figcaption></figure>`);
      else {
        const cls = (k: number) => (block.numeric?.[k] ? ' class="num"' : '');
        body.push(
          `<table><thead><tr>${block.head.map((h, k) => `<th${cls(k)}>${e(h)}</th>`).join('')}</tr></thead><tbody>` +
            block.rows.map((r) => `<tr>${r.map((c, k) => `<td${cls(k)}>${e(c)}</td>`).join('')}</tr>`).join('') +
            '</tbody></table>',
        );
      }
    }
  }
  const style = `body{font-family:system-ui,sans-serif;max-width:1000px;margin:2em auto;padding:0 1em;color:#1f2328;line-height:1.45}
table{border-collapse:collapse;margin:.8em 0;font-size:13px}th,td{border:1px solid #d0d7de;padding:3px 8px;text-align:left}
th{background:#f6f8fa}.num{text-align:right;font-variant-numeric:tabular-nums}figure{display:inline-block;margin:.5em 1em .5em 0}
figcaption{font-size:12px;color:#57606a;max-width:480px}.intro{font-size:15px}h2{border-bottom:1px solid #d0d7de;padding-bottom:.2em;margin-top:1.6em}`;
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${e(doc.title)}</title><style>${style}</style></head>\n<body>\n${body.join('\n')}\n</body></html>\n`;
}

export function buildReport(input: ReportInput): RenderedReport {
  const doc = sections(input);
  return { markdown: toMarkdown(doc), html: toHtml(doc), figures: doc.figures.map(({ file, svg }) => ({ file, svg })) };
}

/** Writes risk-report.md, risk-report.html and the SVG plots into `dir`; returns the paths. */
export function writeReport(dir: string, input: ReportInput): { markdown: string; html: string; figures: string[] } {
  const report = buildReport(input);
  mkdirSync(dir, { recursive: true });
  const markdown = path.join(dir, 'risk-report.md');
  const html = path.join(dir, 'risk-report.html');
  writeFileSync(markdown, report.markdown);
  writeFileSync(html, report.html);
  const figures = report.figures.map((fig) => {
    const file = path.join(dir, fig.file);
    writeFileSync(file, fig.svg);
    return file;
  });
  return { markdown, html, figures };
}
