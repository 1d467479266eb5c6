import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimeExpressions } from '../../server/src/analysis/time/timeExpressions';
import { parseIsoDate } from '../../server/src/analysis/time/calendar';
import type { TimeExpression } from '../../server/src/analysis/types';
import { TIME_TABLE, type TimeRow } from './timeTable';

function render(t: TimeExpression): string {
  let s = `${t.type}:${t.text}=${t.value}`;
  if (t.mod) s += ` ${t.mod}`;
  if (t.range) s += ` ${t.range.start}..${t.range.end}`;
  return s;
}

function expected(row: TimeRow): string {
  if (row.type === 'NONE') return `nothing over "${row.text}"`;
  let s = `${row.type}:${row.text}=${row.value}`;
  if (row.mod) s += ` ${row.mod}`;
  if (row.range) s += ` ${row.range}`;
  return s;
}

function found(row: TimeRow): TimeExpression[] {
  const anchor = row.anchor === null ? null : parseIsoDate(row.anchor);
  assert.ok(row.anchor === null || anchor, `the row's anchor ${row.anchor} is a date`);
  return findTimeExpressions(row.sentence, anchor, []);
}

function check(row: TimeRow): void {
  assert.ok(row.sentence.includes(row.text), `"${row.text}" is in the sentence`);
  const times = found(row);
  const all = times.map(render).join(' | ') || '(nothing)';
  if (row.type === 'NONE') {
    for (let at = row.sentence.indexOf(row.text); at >= 0; at = row.sentence.indexOf(row.text, at + 1)) {
      const end = at + row.text.length;
      const over = times.filter((t) => t.start < end && at < t.end);
      assert.deepEqual(over.map(render), [], `nothing overlaps "${row.text}"; found: ${all}`);
    }
    return;
  }
  const t = times.find((x) => x.text === row.text);
  assert.ok(t, `an expression "${row.text}" is found; found: ${all}`);
  assert.equal(row.sentence.slice(t.start, t.end), row.text, 'text is sentence.slice(start, end)');
  assert.equal(t.type, row.type, `type of "${row.text}"; found: ${all}`);
  assert.equal(t.value, row.value, `value of "${row.text}"; found: ${all}`);
  if (row.range !== undefined) {
    assert.equal(t.range ? `${t.range.start}..${t.range.end}` : undefined, row.range, `range of "${row.text}"; found: ${all}`);
  }
  if (row.mod !== undefined) assert.equal(t.mod, row.mod, `mod of "${row.text}"; found: ${all}`);
}

describe('times: expression table', () => {
  test('the table is large and well formed', () => {
    assert.ok(TIME_TABLE.length >= 170, `${TIME_TABLE.length} rows`);
    for (const row of TIME_TABLE) {
      assert.ok(row.sentence.includes(row.text), `"${row.text}" is in "${row.sentence}"`);
      if (row.range) assert.match(row.range, /^\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}$/);
    }
  });

  TIME_TABLE.forEach((row, i) => {
    const name = `${String(i + 1).padStart(3, '0')} [${row.anchor ?? 'no anchor'}] ${row.sentence} → ${expected(row)}`;
    test(name, { skip: row.known ?? false }, () => check(row));
  });
});
