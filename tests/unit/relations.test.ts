import { describe, expect, it } from 'vitest';
import { incentivesForDistrict } from '../../src/lib/relations';

const incentives = [
  { slug: 'citywide-one', districts: [], citywide: true },
  { slug: 'xuhui-only', districts: ['xuhui'], citywide: false },
  { slug: 'scope-unknown', districts: [], citywide: false },
  { slug: 'listed-by-district', districts: [], citywide: false },
];

describe('incentivesForDistrict', () => {
  it('ties citywide incentives, those naming the district, and those the district lists', () => {
    expect(incentivesForDistrict('xuhui', ['listed-by-district'], incentives).tied).toEqual([
      'citywide-one',
      'xuhui-only',
      'listed-by-district',
    ]);
  });

  it('keeps incentives of another district away', () => {
    expect(incentivesForDistrict('songjiang', [], incentives).tied).toEqual(['citywide-one']);
  });

  it('offers incentives of unknown scope separately', () => {
    expect(incentivesForDistrict('songjiang', [], incentives).general).toEqual(['scope-unknown', 'listed-by-district']);
  });
});
