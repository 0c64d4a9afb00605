/**
 * The characters each preview-image font must draw: Latin and common punctuation in every family
 * (titles quote English names and URLs), the whole Thai block in Thai; in SC every Han character
 * of the content and UI strings (SC is the fallback of the TC and Thai sets) plus the 3,755 most
 * common Simplified characters (GB 2312 level 1), and in TC the Traditional forms of all of those,
 * so a new title rarely needs a new subset.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Family } from '../../src/lib/media/ogImage/fontFiles';
import { toTraditional } from '../../src/lib/search/toTraditional';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join('');

const latin = [
  range(0x20, 0x7e), // ASCII
  range(0xa0, 0xff), // Latin-1 (é, ·, «»)
  range(0x100, 0x17f), // Latin Extended-A
  range(0x2010, 0x2027), // dashes, quotes, bullet, ellipsis
  '₀₁₂₃₄₅₆₇₈₉×→€¥',
].join('');

const cjkPunctuation = range(0x3000, 0x303f) + range(0xff01, 0xff5e) + range(0xff61, 0xff65);

/** GB 2312 level 1: rows 16–55 (0xB0A1–0xD7F9), decoded with the platform's GB 2312 table. */
function gb2312LevelOne(): string {
  const decoder = new TextDecoder('gb2312');
  let text = '';
  for (let row = 0xb0; row <= 0xd7; row += 1)
    for (let cell = 0xa1; cell <= 0xfe && !(row === 0xd7 && cell > 0xf9); cell += 1) text += decoder.decode(new Uint8Array([row, cell]));
  return text;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Every distinct character of the content and UI strings (under `root`), which titles are made of. */
export function siteCharacters(root: string): string {
  const files = [...filesUnder(join(root, 'src', 'content')), ...filesUnder(join(root, 'src', 'i18n', 'ui'))];
  return unique(files.map((file) => readFileSync(file, 'utf8')).join('')).replace(/\s/gu, '');
}

const isHan = (c: string) => /\p{Script=Han}/u.test(c);
const isThai = (c: string) => /\p{Script=Thai}/u.test(c);
const unique = (text: string) => [...new Set(text)].sort().join('');

/**
 * What the site needs drawn, per family with its set's fallback (fonts.ts): Thai letters by the
 * Thai font, Han by TC or SC (both scripts appear in both: Chinese names beside Thai, a Simplified
 * quote on a Traditional page), everything else (Latin, digits, punctuation) by SC, which is every
 * set's Latin fallback.
 */
export function requiredCharacters(root: string): Record<Family, string> {
  const chars = [...siteCharacters(root)];
  const han = chars.filter(isHan).join('');
  const other = chars.filter((c) => !isHan(c) && !isThai(c)).join('');
  return { sc: unique(han + other), tc: unique(han), thai: unique(chars.filter(isThai).join('')) };
}

/** What each subset is cut to: what the site needs, plus the ranges a new title is likely to use. */
export function previewCharacters(root: string): Record<Family, string> {
  const required = requiredCharacters(root);
  const han = required.sc + gb2312LevelOne();
  return {
    sc: unique(latin + cjkPunctuation + han),
    tc: unique(latin + cjkPunctuation + toTraditional(han) + required.tc),
    thai: unique(latin + range(0x0e01, 0x0e5b) + required.thai),
  };
}
