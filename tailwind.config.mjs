import typography from '@tailwindcss/typography';

/** @type {import('tailwindcss').Config} */
export default {
  // Not src/content: entries carry no class names (styled markup belongs in a component), and a
  // large site has thousands of them to scan on every build.
  content: ['./src/{components,layouts,pages,scripts,lib}/**/*.{astro,html,js,ts}'],
  theme: {
    extend: {
      colors: {
        // Deep blue accent: 8.6:1 on white, AA for text of any size.
        brand: { DEFAULT: '#1e3a8a', dark: '#172554', light: '#eff6ff' },
      },
      maxWidth: { prose: '46rem' },
    },
  },
  plugins: [typography],
};
