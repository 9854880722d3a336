import { describe, expect, it } from 'vitest';
import { addPerson, convertError, describeJson, isConvertError, isoTime, keepFuller, nonEmptyStr, num, str, webUrl } from './convert-common';
import type { Item } from '../core/model';
import type { Person } from '../core/model';

describe('describeJson', () => {
  it.each([
    [null, 'null'],
    ['SHOP-1', 'a string'],
    [42, 'a number'],
    [true, 'a boolean'],
    [{}, 'an empty object'],
    [{ a: 1, b: 2, c: 3 }, 'an object with keys a, b, c'],
    [{ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 }, 'an object with keys a, b, c, d, e, f, … (7 keys)'],
    [[], 'an empty array'],
    [[1, 2, 3], 'an array of 3 numbers'],
    [['x'], 'an array of 1 string'],
    [[null, null], 'an array of 2 nulls'],
    [[{ id: 1 }], 'an array of 1 object with keys id'],
    [[{ id: 1, title: 'x' }, {}], 'an array of 2 objects (the first with keys id, title)'],
    [[[1]], 'an array of 1 array'],
  ])('%j → %s', (value, expected) => expect(describeJson(value)).toBe(expected));
});

describe('isoTime', () => {
  it.each([
    ['2026-10-01T09:12:44.123+0000', '2026-10-01T09:12:44.123Z'],
    ['2026-10-09T16:20:00.000+0100', '2026-10-09T15:20:00.000Z'],
    ['2026-10-05T09:14:03Z', '2026-10-05T09:14:03.000Z'],
    ['2026-11-20', '2026-11-20T00:00:00.000Z'],
    ['not a date', null],
    ['', null],
    [1_700_000_000, null],
    [null, null],
  ])('%j → %j', (value, expected) => expect(isoTime(value)).toBe(expected));
});

describe('ConvertError', () => {
  it('is recognised, and nothing else is', () => {
    expect(isConvertError(convertError('expected X'))).toBe(true);
    for (const other of [null, {}, { kind: 'convert-error' }, { message: 'x' }, 'convert-error']) expect(isConvertError(other)).toBe(false);
  });
});

describe('addPerson', () => {
  it('fills gaps from a later, fuller sighting and never erases', () => {
    const people: Record<string, Person> = {};
    addPerson(people, { id: 'a1', name: 'a1' });
    addPerson(people, { id: 'a1', name: 'Ann', url: 'https://x.test/a1', deleted: true });
    addPerson(people, { id: 'a1', name: 'Someone else' });
    expect(people.a1).toEqual({ id: 'a1', name: 'Ann', url: 'https://x.test/a1', deleted: true });
  });
});

describe('webUrl', () => {
  it.each([
    ['https://github.com/acme/roadmap/issues/42', 'https://github.com/acme/roadmap/issues/42'],
    ['http://jira.corp.example/browse/OPS-7', 'http://jira.corp.example/browse/OPS-7'],
    ['javascript:alert(1)', null],
    ['data:text/html,hi', null],
    ['/relative/path', null],
    [42, null],
    [null, null],
  ])('%j → %j', (value, expected) => expect(webUrl(value)).toBe(expected));
});

// The value readers every converter and loader shares; where two behaviours are needed, the name says
// which one (str keeps '' and takes numbers as text; nonEmptyStr takes only a string with something in it).
describe('value readers', () => {
  it.each([
    ['abc', 'abc', 'abc'],
    ['', '', null],
    [10042, '10042', null],
    [Number.NaN, null, null],
    [null, null, null],
    [{}, null, null],
  ])('%j → str %j, nonEmptyStr %j', (value, asStr, asNonEmpty) => {
    expect(str(value)).toBe(asStr);
    expect(nonEmptyStr(value)).toBe(asNonEmpty);
  });

  it.each([
    [3, 3],
    ['150', 150],
    [' ', null],
    ['ten', null],
    [Number.POSITIVE_INFINITY, null],
    [null, null],
  ])('num(%j) → %j', (value, expected) => expect(num(value)).toBe(expected));
});

describe('keepFuller', () => {
  const item = (key: string, events: number): Item =>
    ({ key, events: Array.from({ length: events }, (_, i) => ({ id: `e${i}` })), comments: [] }) as unknown as Item;

  it('keeps the copy of an issue with more history, whichever order they come in', () => {
    for (const order of [[1, 3], [3, 1]]) {
      const items = new Map<string, Item>();
      for (const n of order) keepFuller(items, item('OPS-7', n!));
      expect(items.get('OPS-7')?.events).toHaveLength(3);
    }
  });

  it('keeps different issues apart', () => {
    const items = new Map<string, Item>();
    keepFuller(items, item('OPS-7', 1));
    keepFuller(items, item('OPS-8', 0));
    expect([...items.keys()]).toEqual(['OPS-7', 'OPS-8']);
  });
});

describe('isoTime reads the usual forms from their digits and answers as Date does', () => {
  // What isoTime answered before it read digits: every answer must stay the same.
  const byDate = (value: string) => {
    const ms = Date.parse(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    return Number.isNaN(ms) ? null : new Date(ms).toISOString();
  };

  it('on 20,000 generated times: every offset, month ends, leap days, day and year changes', () => {
    let seed = 17;
    const rand = (n: number) => {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
      return seed % n;
    };
    const two = (n: number) => String(n).padStart(2, '0');
    for (let i = 0; i < 20_000; i++) {
      // Days 0-31 and hours 0-24 on purpose: Feb 30 and 24:00 are not real, and Date rolls them over.
      const date = `${String([1970, 1999, 2000, 2024, 2026, 2100, 9999, 1][rand(8)]).padStart(4, '0')}-${two(1 + rand(12))}-${two(rand(32))}`;
      const clock = `${two(rand(25))}:${two(rand(60))}:${two(rand(60))}`;
      const fraction = ['', `.${String(rand(1000)).padStart(3, '0')}`, '.5'][rand(3)];
      const oh = two(rand(15));
      const om = ['00', '30', '45'][rand(3)];
      const sign = rand(2) ? '+' : '-';
      const offset = ['Z', `${sign}${oh}${om}`, `${sign}${oh}:${om}`, ''][rand(4)];
      const value = `${date}T${clock}${fraction}${offset}`;
      expect(isoTime(value), value).toBe(byDate(value));
    }
  });

  it.each([
    ['2024-02-29T23:30:00.000-0100', '2024-03-01T00:30:00.000Z'],
    ['2026-01-01T00:15:00.000+0100', '2025-12-31T23:15:00.000Z'],
    ['9999-12-31T23:59:59.999-0100', '+010000-01-01T00:59:59.999Z'],
    ['0000-01-01T00:30:00.000+0100', '-000001-12-31T23:30:00.000Z'],
    ['2026-02-30T10:00:00.000+0000', byDate('2026-02-30T10:00:00.000+0000')],
    ['2026-10-01T24:00:00.000+0000', byDate('2026-10-01T24:00:00.000+0000')],
  ])('%s → %s', (value, expected) => expect(isoTime(value)).toBe(expected));
});
