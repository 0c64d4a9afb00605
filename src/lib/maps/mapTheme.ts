/**
 * Colours and sizes shared by the maps. Text is near-black on a white halo, so it reads at well
 * over 4.5:1 on any fill; outlines of the shapes that carry meaning (highlighted areas, markers)
 * are at least 3:1 against what surrounds them (WCAG 1.4.11). Font sizes are in viewBox units.
 * No font family is set: inline SVG inherits the page's font stack, which picks the right CJK
 * face from the page's lang.
 */
export const colors = {
  background: '#f8fafc',
  text: '#0f172a', // 17.9:1 on the white halo
  halo: '#ffffff',
  area: '#eef2f6',
  areaStroke: '#7c8a9e', // context outlines: 3.1:1 on the grey fill, quieter than highlights
  highlight: '#93c5fd',
  highlightPale: '#dbeafe', // the event's other districts on a map about one of them
  highlightStroke: '#1e3a8a', // 9.2:1 on the grey areas: the highlight reads without its fill colour
  ocean: '#e6eff8',
  land: '#d3d9e0',
  site: '#b91c1c', // markers: 5.8:1 on grey areas, 3.6:1 on highlighted ones, plus a white ring
  siteMuted: '#475569', // sites outside the focus district: still links, less prominent
  livestream: '#b91c1c', // 4.6:1 on land, 5.6:1 on ocean
  host: '#1e3a8a', // 7.3:1 on land
  delegate: '#047857', // 3.9:1 on land
} as const;

export const strokes = {
  area: 0.8,
  highlight: 1.6,
  focus: 3.5,
  marker: 1.8,
  halo: 3.5,
} as const;
