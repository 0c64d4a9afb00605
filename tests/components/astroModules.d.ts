/** For tsc, which cannot read .astro files: a component imported by a test is a component (vite compiles it under vitest). */
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const component: AstroComponentFactory;
  export default component;
}
