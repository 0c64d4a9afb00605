/**
 * The schematic map's layout, ours: each district an equal tile on a grid, in roughly the
 * districts' real relative positions (north up), not to scale. Pudong, much the largest, spans
 * two rows. Edit the picture to move a tile; tests/unit/maps-districts.test.ts checks it.
 */
import { isShanghaiDistrictId, type ShanghaiDistrictId } from '../content/shanghaiDistricts';

const LAYOUT = [
  '.      jiading   baoshan .       .      chongming',
  '.      putuo     jingan  hongkou yangpu .',
  'qingpu changning xuhui   huangpu pudong .',
  '.      songjiang minhang .       pudong .',
  '.      jinshan   fengxian .      .      .',
];

export interface Tile {
  col: number;
  row: number;
  rows: number;
}

export const GRID = { cols: 6, rows: LAYOUT.length } as const;

export const districtTiles = {} as Record<ShanghaiDistrictId, Tile>;
LAYOUT.forEach((line, row) =>
  line.split(/\s+/).forEach((cell, col) => {
    if (cell === '.') return;
    if (!isShanghaiDistrictId(cell)) throw new Error(`districtTiles.ts: "${cell}" is not a Shanghai district id`);
    const above = districtTiles[cell];
    if (above) above.rows += 1;
    else districtTiles[cell] = { col, row, rows: 1 };
  }),
);
