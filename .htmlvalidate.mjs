// html-validate over every built page (npm test, npm run audit:site). Each exception has its reason.
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // HTML5 allows ids that start with a digit; Astro derives heading ids from Chinese headings
    // such as "2024年数据", and the fragment links we build use them verbatim.
    'valid-id': ['error', { relaxed: true }],
    // Astro's compiler keeps a space before the line breaks of multi-line expressions; it is
    // invisible in the rendered page and not an HTML error.
    'no-trailing-whitespace': 'off',
  },
};
