import { formatVietnameseDate, parseDate } from '../../../src/core/dates/parseDate';
import { isoToSerial, serialToIso } from '../../../src/core/dates/serial';

describe('parseDate', () => {
  it.each([
    ['given dd/mm/yyyy', '05/03/2018', '2018-03-05'],
    ['given d-m-yyyy', '5-3-2018', '2018-03-05'],
    ['given d.m.yyyy', '5.3.2018', '2018-03-05'],
    ['given a two-digit year', '05/03/18', '2018-03-05'],
    ['given spaces around the separators', ' 14 / 6 / 2018 ', '2018-06-14'],
    ['given an ISO date', '2018-06-14', '2018-06-14'],
    ['given an ISO timestamp', '2018-06-14T00:00:00.000Z', '2018-06-14'],
    ['given words', 'ngày 6 tháng 6 năm 2018', '2018-06-06'],
    ['given decomposed words', 'ngày 6 tháng 6 năm 2018'.normalize('NFD'), '2018-06-06'],
    ['given an Excel serial', 43257, '2018-06-06'],
  ])('%s (%j) reads %s', (_label, input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });

  it.each([
    ['a day that does not exist', '31/02/2018'],
    ['a month past 12 (no month-first guessing)', '03/13/2018'],
    ['free text', 'tháng 6'],
    ['an empty cell', ''],
    ['a small number that is a count, not a date', 12],
    ['a boolean', true],
    ['null', null],
  ])('given %s, returns null', (_label, input) => {
    expect(parseDate(input)).toBeNull();
  });
});

describe('Excel serials', () => {
  it('round-trip dates across the leap day and the year end', () => {
    for (const iso of ['2016-02-29', '2017-12-15', '2018-06-14', '2018-12-31', '2026-07-01']) {
      expect(serialToIso(isoToSerial(iso))).toBe(iso);
    }
  });

  it('matches the serial Excel shows for 06/06/2018', () => {
    expect(isoToSerial('2018-06-06')).toBe(43257);
  });

  it('drops the time of day', () => {
    expect(serialToIso(43257.75)).toBe('2018-06-06');
  });
});

describe('formatVietnameseDate', () => {
  it('prints day/month/year', () => {
    expect(formatVietnameseDate('2018-06-06')).toBe('06/06/2018');
  });
});
