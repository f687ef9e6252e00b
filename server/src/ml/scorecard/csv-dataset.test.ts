import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCsvDataset, parseColumnMapping, parseCsvDataset } from './csv-dataset.js';
import { ScorecardInputError } from './errors.js';

const dir = mkdtempSync(path.join(tmpdir(), 'scorecard-csv-'));
const file = (name: string, text: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};

const WITH_HEADER = `income,region,utilisation,defaulted
2500,north,0.3,no
1800,south,,yes
4000,north,0.9,no
1200,east,NA,yes
`;

describe('parseCsvDataset', () => {
  it('reads a file with a header, infers types, maps yes/no to bad/good and missing tokens to null', () => {
    const d = parseCsvDataset(WITH_HEADER, { target: 'defaulted' }, 'apps.csv');
    expect(d.hasHeader).toBe(true);
    expect(d.specs).toEqual([
      { name: 'income', type: 'numeric' },
      { name: 'region', type: 'categorical' },
      { name: 'utilisation', type: 'numeric' },
    ]);
    expect(d.data.bad).toEqual([false, true, false, true]);
    expect(d.target).toMatchObject({ column: 4, name: 'defaulted', badValue: 'yes', goodValue: 'no' });
    expect(d.data.rows[1]).toEqual({ income: 1800, region: 'south', utilisation: null });
    expect(d.missing.utilisation).toBe(2);
  });

  it('detects a file without header and reads the 1/2 outcome coding (2 = bad) by column number', () => {
    const d = parseCsvDataset('A11,6,1169,1\nA12,48,5951,2\nA14,12,2096,1\n', { target: '4' });
    expect(d.hasHeader).toBe(false);
    expect(d.headerReason).toMatch(/row 1 has 3 numeric cells/);
    expect(d.specs.map((s) => s.name)).toEqual(['col1', 'col2', 'col3']);
    expect(d.data.bad).toEqual([false, true, false]);
    expect(d.target.badValue).toBe('2');
  });

  it('detects no header in an all-categorical file when row 1 holds a target value', () => {
    const d = parseCsvDataset('a,x,good\nb,y,bad\na,y,good\n', { target: '3' });
    expect(d.hasHeader).toBe(false);
    expect(d.data.bad).toEqual([false, true, false]);
  });

  it('honours --no-header and 0/1 targets (1 = bad)', () => {
    const d = parseCsvDataset('5,0\n6,1\n7,0\n', { target: '2', header: false });
    expect(d.data.bad).toEqual([false, true, false]);
    expect(d.data.rows[0]).toEqual({ col1: 5 });
  });

  it('applies an inline mapping: rename, force a type, ignore a column', () => {
    const d = parseCsvDataset(WITH_HEADER, { target: 'defaulted', columns: 'income:monthly_income:categorical,3:ignore' });
    expect(d.specs).toEqual([
      { name: 'monthly_income', type: 'categorical' },
      { name: 'region', type: 'categorical' },
    ]);
    expect(d.ignored).toEqual(['utilisation']);
    expect(d.data.rows[0]).toEqual({ monthly_income: '2500', region: 'north' });
  });

  it('reads a JSON mapping file with labels, target, bad value and header setting', () => {
    const mapping = file(
      'map.json',
      JSON.stringify({ header: false, target: 3, bad: 'B', columns: { '1': { name: 'status', type: 'categorical', label: 'Account status' }, '2': 'months:numeric' } }),
    );
    const d = loadCsvDataset(file('m.csv', 'x1,10,G\nx2,20,B\nx1,30,G\n'), { columns: mapping });
    expect(d.specs).toEqual([
      { name: 'status', type: 'categorical', label: 'Account status' },
      { name: 'months', type: 'numeric' },
    ]);
    expect(d.data.bad).toEqual([false, true, false]);
  });

  it('accepts an explicit --bad value case-insensitively', () => {
    const d = parseCsvDataset('y,x\nOK,1\nLATE,2\nok,3\n', { target: 'y', bad: 'late' });
    expect(d.data.bad).toEqual([false, true, false]);
  });
});

describe('errors name the problem', () => {
  const message = (fn: () => unknown) => {
    try {
      fn();
    } catch (err) {
      expect(err).toBeInstanceOf(ScorecardInputError);
      return (err as Error).message;
    }
    throw new Error('expected an error');
  };

  it('missing file, empty file, header without rows', () => {
    expect(message(() => loadCsvDataset(path.join(dir, 'nope.csv'), { target: 'y' }))).toMatch(/cannot read .*nope\.csv: no such file/);
    expect(message(() => loadCsvDataset(file('empty.csv', '\n\n'), { target: 'y' }))).toMatch(/empty\.csv is empty/);
    expect(message(() => parseCsvDataset('a,y\n', { target: 'y' }, 'h.csv'))).toMatch(/h\.csv has a header but no data rows/);
  });

  it('unknown target column lists the columns; out-of-range number gives the width', () => {
    expect(message(() => parseCsvDataset(WITH_HEADER, { target: 'outcome' }))).toMatch(/target column "outcome" not found \(columns are: income, region, utilisation, defaulted\)/);
    expect(message(() => parseCsvDataset('1,2\n3,1\n', { target: '9' }))).toMatch(/target column 9 does not exist \(the file has 2 columns\)/);
  });

  it('a target value that is neither good nor bad, ambiguous values, a bad value that never occurs', () => {
    expect(message(() => parseCsvDataset('x,y\n1,yes\n2,no\n3,maybe\n', { target: 'y', bad: 'yes' }, 'f.csv'))).toMatch(/f\.csv: line 4: target value "maybe" is neither the bad value "yes" nor the good value "no"/);
    expect(message(() => parseCsvDataset('x,y\n1,red\n2,blue\n', { target: 'y' }))).toMatch(/cannot tell which value of target column y means bad \(values found: "red", "blue"\); pass --bad VALUE/);
    expect(message(() => parseCsvDataset('x,y\n1,red\n2,blue\n', { target: 'y', bad: 'green' }))).toMatch(/the bad value "green" does not occur/);
    expect(message(() => parseCsvDataset('x,y\n1,1\n2,1\n', { target: 'y' }))).toMatch(/has a single value/);
    expect(message(() => parseCsvDataset('x,y\n1,1\n2,\n', { target: 'y' }))).toMatch(/line 3 has no value in the target column y/);
  });

  it('ragged rows, text in a numeric column, a bad mapping', () => {
    expect(message(() => parseCsvDataset('x,y\n1,0\n2\n', { target: 'y' }, 'r.csv'))).toMatch(/r\.csv: Invalid Record Length/);
    expect(message(() => parseCsvDataset('x,y\n1,0\nabc,1\n', { target: 'y', columns: 'x:x:numeric' }))).toMatch(/line 3: column 1 \(x\) is numeric but has "abc"/);
    expect(message(() => parseColumnMapping('1:a:float'))).toMatch(/type must be numeric or categorical, got "float"/);
    expect(message(() => parseColumnMapping('oops'))).toMatch(/should look like COLUMN:NAME/);
    expect(message(() => parseColumnMapping(path.join(dir, 'missing.json')))).toMatch(/cannot read column mapping .*missing\.json: no such file/);
    expect(message(() => parseCsvDataset(WITH_HEADER, { target: 'defaulted', columns: 'nosuch:a' }))).toMatch(/mapped column "nosuch" not found/);
    expect(message(() => parseCsvDataset(WITH_HEADER, { columns: 'income:a' }))).toMatch(/no target column/);
  });
});
