/**
 * Where the preview-image fonts come from: Noto Sans (SIL Open Font License 1.1) as packaged on
 * npm by @expo-google-fonts. The packages are not dependencies (the three hold 156 MB of weights
 * we do not use); `npm run fonts:subset` fetches the pinned tarballs with `npm pack` once, into
 * node_modules/.cache, and keeps only the glyphs the site draws.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Family } from '../../src/lib/media/ogImage/fontFiles';

export interface FontSource {
  readonly pkg: string;
  readonly version: string;
  /** File-name stem inside the package, e.g. NotoSansSC → 400Regular/NotoSansSC_400Regular.ttf. */
  readonly stem: string;
}

export const fontSources: Record<Family, FontSource> = {
  sc: { pkg: '@expo-google-fonts/noto-sans-sc', version: '0.4.3', stem: 'NotoSansSC' },
  tc: { pkg: '@expo-google-fonts/noto-sans-tc', version: '0.4.3', stem: 'NotoSansTC' },
  thai: { pkg: '@expo-google-fonts/noto-sans-thai', version: '0.4.2', stem: 'NotoSansThai' },
};

const weightDirs: Record<number, string> = { 400: '400Regular', 700: '700Bold' };

/** The package's folder, unpacked under `cacheDir` (fetched from the npm registry on first use). */
export function unpackedSource(source: FontSource, cacheDir: string): string {
  const dir = join(cacheDir, `${source.pkg.replace('/', '__')}-${source.version}`);
  if (existsSync(join(dir, 'package', 'package.json'))) return join(dir, 'package');
  mkdirSync(dir, { recursive: true });
  const tarball = execFileSync('npm', ['pack', `${source.pkg}@${source.version}`, '--silent', '--pack-destination', dir], {
    encoding: 'utf8',
  }).trim();
  const members = [
    'package/package.json',
    'package/LICENSE_FONT',
    ...Object.values(weightDirs).map((d) => `package/${d}/${source.stem}_${d}.ttf`),
  ];
  execFileSync('tar', ['-xzf', join(dir, tarball.split('\n').at(-1) ?? tarball), '-C', dir, ...members]);
  return join(dir, 'package');
}

export function sourceFontFile(source: FontSource, unpacked: string, weight: number): string {
  const dir = weightDirs[weight];
  if (!dir) throw new Error(`no source file for weight ${weight}`);
  return join(unpacked, dir, `${source.stem}_${dir}.ttf`);
}
