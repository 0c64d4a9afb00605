import { importedModules } from './src/lib/markdown/renderDigest.ts';
const m = importedModules(process.cwd(), ['astro.config.mjs']).filter((p) => /\.(ts|mjs|js)$/.test(p) && p !== 'astro.config.mjs');
console.log(m.length); console.log(m.join('\n'));
