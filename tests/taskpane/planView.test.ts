import { GO_DAU_116 } from '../../src/core/plan/goDau116';
import { channelNames, formatIsoDate, unitName, unitsByLevel } from '../../src/taskpane/sections/plan/planView';
import { aPlan, aUnit } from './fixtures';

describe('formatIsoDate', () => {
  it('writes day/month/year', () => expect(formatIsoDate('2018-06-06')).toBe('06/06/2018'));
  it('leaves text it does not understand alone', () => expect(formatIsoDate('06/6/2018')).toBe('06/6/2018'));
});

describe('unitsByLevel', () => {
  it('groups 116/KH-UBND into 4 district agencies, 1 reception office and 9 communes', () => {
    expect(unitsByLevel(GO_DAU_116).map((group) => [group.level, group.units.length])).toEqual([
      ['district-agency', 4],
      ['reception-office', 1],
      ['commune', 9],
    ]);
  });

  it('leaves out a level with no units (a commune-level plan)', () => {
    const plan = aPlan({ units: [aUnit({ code: 'A' }), aUnit({ code: 'B' })] });
    expect(unitsByLevel(plan).map((group) => group.level)).toEqual(['commune']);
  });
});

describe('channelNames', () => {
  it('names the channels of a target by their short names', () => {
    expect(channelNames(GO_DAU_116, ['TT-H', 'TT-X'])).toBe('Đài TT huyện, Trạm TT xã');
  });
  it('keeps an unknown code visible', () => expect(channelNames(GO_DAU_116, ['??'])).toBe('??'));
});

describe('unitName', () => {
  it('turns a unit code into its name and leaves outside bodies as written', () => {
    expect(unitName(GO_DAU_116, 'PNV')).toBe('Phòng Nội vụ');
    expect(unitName(GO_DAU_116, 'Sở Nội vụ')).toBe('Sở Nội vụ');
  });
});
