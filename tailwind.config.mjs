import typography from '@tailwindcss/typography';

/** @type {import('tailwindcss').Config} */
export default {
  content: ['./src/**/*.{astro,html,js,ts,md,mdx}'],
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
