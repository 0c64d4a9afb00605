/**
 * The installed site's icons: the favicon (public/favicon.svg, any size) and PNGs drawn from it
 * at build (src/pages/icons/icon-[size].png.ts) for systems that want a bitmap.
 */
export interface AppIcon {
  path: string;
  /** Pixels a side; absent for the SVG, which scales. */
  size?: number;
  type: string;
}

export const pngIconSizes = [192, 512] as const;

export const pngIconPath = (size: number): string => `/icons/icon-${size}.png`;

export const appIcons: readonly AppIcon[] = [
  { path: '/favicon.svg', type: 'image/svg+xml' },
  ...pngIconSizes.map((size) => ({ path: pngIconPath(size), size, type: 'image/png' })),
];
