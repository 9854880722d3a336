import { describe, expect, it } from 'vitest';
import { addPerson, convertError, describeJson, isConvertError, isoTime, webUrl } from './convert-common';
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
