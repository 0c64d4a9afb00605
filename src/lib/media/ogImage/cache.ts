/**
 * A content-addressed cache of Open Graph images, so a rebuild re-renders only the images whose
 * input changed (each render costs tens of milliseconds, times every page in every locale).
 */
import { OG_IMAGE_DESIGN_VERSION, type OgImageInput } from './render';
import { renderOgImage } from './image';
import { fontSetFor } from './fonts';
import { ogRenderFingerprint } from './renderFingerprint';
import { buildCacheDir, cachedFile, cacheKey } from '../buildCache';

/**
 * The cache key: the design version, what rendering depends on (fonts, ICU, packages) and the
 * input. Fields are listed in a fixed order, so two equal inputs built in a different property
 * order share one file.
 */
export function ogImageCacheKey(input: OgImageInput, fingerprint: string = ogRenderFingerprint(fontSetFor(input.lang))): string {
  return cacheKey([
    OG_IMAGE_DESIGN_VERSION,
    fingerprint,
    input.lang,
    input.title,
    input.typeLabel,
    input.district,
    input.siteName,
    input.url,
  ]);
}

/**
 * The PNG for `input`, from `cacheDir/<key>.png` when present, else rendered and stored there.
 * `render` is replaceable so tests can count renders; callers leave it out.
 */
export function cachedOgImage(
  input: OgImageInput,
  cacheDir: string = buildCacheDir('og-images'),
  render: (input: OgImageInput) => Promise<Buffer> = renderOgImage,
): Promise<Buffer> {
  return cachedFile(cacheDir, ogImageCacheKey(input), 'png', () => render(input));
}
