import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runTrainCli } from './cli.js';
import { parseScorecard, scoreRow } from './scorecard.js';
import { syntheticBook } from './synthetic-data.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../../../..');

function run(argv: string[]) {
  const out: string[] = [];
  const stderr = new PassThrough();
  let err = '';
  stderr.on('data', (chunk) => (err += String(chunk)));
  const code = runTrainCli(argv, { stdout: (line) => out.push(line), stderr });
  return { code, stdout: out.join('\n'), stderr: err };
}

describe('train:risk end to end', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'train-risk-'));
  const book = syntheticBook(1200, 21);
  const csv = path.join(dir, 'applications.csv');
  const lines = ['monthly_income,utilisation,age,region,employment,noise,defaulted'];
  book.rows.forEach((r, i) => lines.push([r.income, r.utilisation ?? '', r.age, r.region, r.employment, r.noise, book.bad[i] ? 'yes' : 'no'].join(',')));
  writeFileSync(csv, `${lines.join('\n')}\n`);

  it('trains, writes the reports and the scorecard, prints the key figures', () => {
    const out = path.join(dir, 'out');
    const r = run(['--csv', csv, '--target', 'defaulted', '--columns', 'monthly_income:income', '--folds', '3', '--out', out, '--seed', '7']);
    expect(r.stderr).toContain('cross-validation');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/3-fold CV: AUC 0\.\d{3}/);
    expect(r.stdout).toMatch(/test split: AUC 0\.\d{3}.*PSI train\/test \d\.\d{4}/);

    for (const name of ['risk-report.md', 'risk-report.html', 'scorecard.json', 'roc.svg', 'calibration.svg', 'score-distribution.svg']) {
      expect(existsSync(path.join(out, name)), name).toBe(true);
    }
    const card = parseScorecard(JSON.parse(readFileSync(path.join(out, 'scorecard.json'), 'utf8')));
    expect(card.metrics.cv?.folds).toBe(3);
    expect(card.metrics.test?.auc).toBeGreaterThan(0.7);
    expect(card.selectedFeatures).toContain('income');
    expect(scoreRow(card, { income: 3000, utilisation: 0.2, age: 40, region: 'north', employment: 'salaried' }).score).toBeGreaterThan(0);

    const md = readFileSync(path.join(out, 'risk-report.md'), 'utf8');
    const cvAuc = card.metrics.cv?.meanAuc.toFixed(3) as string;
    expect(md).toContain(`| 3-fold CV, mean of folds`);
    expect(md).toContain(cvAuc);
    expect(md).toContain(card.metrics.test?.auc.toFixed(3));
    for (const heading of ['## Data', '## Performance', '## Features and information value', '## Scorecard', '## Calibration', '## Population stability', '## Reason codes', '## Cross-validation']) {
      expect(md).toContain(heading);
    }
    expect(md).toMatch(/\| Monthly income|\| income \|/);
    expect(md).toContain('![ROC curve');

    const html = readFileSync(path.join(out, 'risk-report.html'), 'utf8');
    expect(html.match(/<svg /g)?.length).toBe(3);
    expect(html).toContain(cvAuc);
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/); // self-contained
  });

  it('exits 2 with a message naming the problem on bad input', () => {
    const missing = run(['--csv', path.join(dir, 'nope.csv'), '--target', 'y', '--out', path.join(dir, 'x')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*nope\.csv: no such file/);
    const target = run(['--csv', csv, '--target', 'outcome', '--out', path.join(dir, 'x')]);
    expect(target.code).toBe(2);
    expect(target.stderr).toMatch(/target column "outcome" not found \(columns are: monthly_income, utilisation/);
    expect(run(['--csv', csv, '--target', 'defaulted', '--folds', 'five']).stderr).toMatch(/--folds must be a whole number/);
    expect(run(['--bogus']).code).toBe(2);
  });

  it('runs as a process: exit code 2 and no stack trace', () => {
    const p = spawnSync(process.execPath, ['--import', 'tsx', path.join(HERE, 'cli.ts'), '--csv', path.join(dir, 'nope.csv'), '--target', 'y'], { cwd: ROOT, encoding: 'utf8' });
    expect(p.status).toBe(2);
    expect(p.stderr).toMatch(/train:risk: cannot read .*nope\.csv: no such file/);
    expect(p.stderr).not.toMatch(/\n\s+at /);
  });
});
