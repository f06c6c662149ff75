import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import { inferForm } from '../../../src/core/records/inferForm';

describe('inferForm', () => {
  it.each([
    ['a title that starts with the form', 'TT-H', 'Phóng sự: cải cách hành chính ở Thạnh Đức', null, 'PS'],
    ['a title that starts with an alias', 'BTN', 'Bài viết về một cửa', null, 'BAI'],
    ["the officer's chosen form and a title word of another, on a channel that counts several forms", 'BTN', 'Bài viết về một cửa', 'TIN', 'TIN'],
    ["the officer's chosen form and a title word of another, on a channel no target counts", null, 'Phóng sự: một cửa liên thông', 'BAI', 'BAI'],
    ['a channel whose targets count one form only', 'PTTH-T', 'Cải cách hành chính ở Gò Dầu', 'TIN', 'PS'],
    ["a title word whose form the channel's only counted form is not", 'PTTH-T', 'Bài viết về một cửa', 'TIN', 'PS'],
    ['a "Tin" title on a channel that counts one other form', 'PTTH-T', 'Tin cải cách hành chính tháng 3', null, 'PS'],
    ['a channel that counts several forms', 'BTN', 'Hội nghị triển khai', 'BAI', 'BAI'],
    ['an unknown channel and no fallback', null, 'Hội nghị', null, 'TIN'],
  ])('given %s, gives %s', (_label, channel, title, fallback, expected) => {
    expect(inferForm(GO_DAU_116, channel, title, fallback)).toBe(expected);
  });

  it('does not take a word that merely starts like a form ("Tình hình" is not "Tin")', () => {
    // The plan's forms in reverse order, so the first form is not "Tin" and a wrong match on "Tin" would show.
    const reversed = { ...GO_DAU_116, forms: [...GO_DAU_116.forms].reverse() };
    expect(reversed.forms[0]?.code).not.toBe('TIN');
    expect(inferForm(reversed, 'BTN', 'Tình hình CCHC', null)).toBe(reversed.forms[0]?.code);
  });
});
