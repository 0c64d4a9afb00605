/**
 * Where each district's tile sits on the schematic map: a grid cell (column from the west, row
 * from the north) in roughly the districts' real relative positions. Equal tiles, not areas:
 * the map says so. Pudong, much the largest, spans two rows. Ours, drawn for this site.
 *
 *        0          1          2          3          4          5
 *   0               Jiading    Baoshan                          Chongming
 *   1               Putuo      Jing'an    Hongkou    Yangpu
 *   2    Qingpu     Changning  Xuhui      Huangpu    Pudong
 *   3               Songjiang  Minhang               Pudong
 *   4               Jinshan    Fengxian
 */
import type { ShanghaiDistrictId } from './shanghaiDistricts';

export interface Tile {
  col: number;
  row: number;
  /** Rows the tile spans, 1 unless said. */
  rows?: number;
}

export const districtTiles: Readonly<Record<ShanghaiDistrictId, Tile>> = {
  jiading: { col: 1, row: 0 },
  baoshan: { col: 2, row: 0 },
  chongming: { col: 5, row: 0 },
  putuo: { col: 1, row: 1 },
  jingan: { col: 2, row: 1 },
  hongkou: { col: 3, row: 1 },
  yangpu: { col: 4, row: 1 },
  qingpu: { col: 0, row: 2 },
  changning: { col: 1, row: 2 },
  xuhui: { col: 2, row: 2 },
  huangpu: { col: 3, row: 2 },
  pudong: { col: 4, row: 2, rows: 2 },
  songjiang: { col: 1, row: 3 },
  minhang: { col: 2, row: 3 },
  jinshan: { col: 1, row: 4 },
  fengxian: { col: 2, row: 4 },
};

export const GRID = { cols: 6, rows: 5 } as const;
