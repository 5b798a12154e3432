// html-validate settings for the built site: `html-validate dist` and
// tests/site/html-validate.test.ts. html-validate 11 reads .htmlvalidate.{json,mjs,cjs,js};
// .mjs so every relaxed rule can say why.
/** @type {import('html-validate').ConfigData} */
export default {
  root: true,
  extends: [
    'html-validate:recommended',
    // Whole documents, not fragments: doctype, heading levels in order, references (aria-labelledby, label for) that exist.
    'html-validate:document',
    // Already inside recommended; named so removing recommended cannot silently drop the accessibility rules.
    'html-validate:a11y',
  ],
  rules: {
    // The preset demands integrity="" even on same-origin files (target "all"). Our only
    // scripts and styles are our own build output (the search page's pagefind files), so an
    // integrity hash protects nothing; cross-origin resources still need one, and the
    // browser test fails on any request that leaves the site anyway.
    'require-sri': ['error', { target: 'crossorigin' }],
  },
};
