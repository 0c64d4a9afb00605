/**
 * Components rendered on their own with Astro's Container API. Astro's own Vite config
 * (getViteConfig) compiles .astro files; the site's config and integrations are loaded as for a build.
 */
import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    name: 'components',
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tests/components/**/*.test.ts'],
    environment: 'node',
  },
});
