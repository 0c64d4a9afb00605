import { describe, expect, it } from 'vitest';
import { districtsForIncentive, incentivesForDistrict } from '../../src/lib/collections/views/relations';

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

describe('districtsForIncentive', () => {
  const districts = [
    { slug: 'xuhui', incentives: ['listed-by-district'] },
    { slug: 'changning', incentives: [] },
    { slug: 'songjiang', incentives: [] },
  ];
  it('finds an incentive under every district whose page counts it among its tied ones', () => {
    for (const incentive of [
      { slug: 'citywide-one', districts: [], citywide: true },
      { slug: 'listed-by-district', districts: [], citywide: false },
      { slug: 'names-changning', districts: ['changning'], citywide: false },
      { slug: 'scope-unknown', districts: [], citywide: false },
    ]) {
      const found = districtsForIncentive(incentive, districts);
      const counted = districts.filter((d) => incentivesForDistrict(d.slug, d.incentives, [incentive]).tied.includes(incentive.slug));
      expect(found, incentive.slug).toEqual(counted.map((d) => d.slug));
    }
    expect(districtsForIncentive({ slug: 'citywide-one', districts: [], citywide: true }, districts)).toEqual([
      'xuhui',
      'changning',
      'songjiang',
    ]);
    expect(districtsForIncentive({ slug: 'scope-unknown', districts: [], citywide: false }, districts)).toEqual([]);
  });
});
