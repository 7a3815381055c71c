// ESLint over every JavaScript file of the project (`make lint`): the recommended rules, and a
// few more that catch real mistakes, with the globals of where each file runs. Type checking is
// tsc's (tsconfig.json), over the page layer, the picker and the extension.
import js from "@eslint/js";
import globals from "globals";

export default [
  { ignores: ["node_modules/", "pkg/", "dist/", "target/", "vendor/", "fuzz/", "www/pkg/", "tests/bundler/node_modules/", "tests/bundler/dist/"] },
  js.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      eqeqeq: ["error", "always", { null: "ignore" }],
      "no-var": "error",
      "prefer-const": ["error", { destructuring: "all" }],
      "no-unused-vars": ["error", { args: "after-used", argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true }],
      "no-shadow-restricted-names": "error",
      "no-implicit-globals": "error",
      "no-throw-literal": "error",
      "no-return-assign": ["error", "except-parens"],
      "no-self-compare": "error",
      "no-template-curly-in-string": "error",
      "no-unmodified-loop-condition": "error",
      "array-callback-return": "error",
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "no-unreachable-loop": "error",
    },
  },
  // In the page: the page layer, the demo, the playground, the embed script, the picker.
  {
    files: ["src/page/**/*.js", "www/**/*.js", "tests/bundler/src/**/*.js"],
    languageOptions: { globals: globals.browser },
  },
  // The extension: a page or content script, and Chrome's service worker / Firefox's event page.
  {
    files: ["www/extension/**/*.js"],
    languageOptions: { globals: { ...globals.browser, ...globals.serviceworker, ...globals.webextensions } },
  },
  // Node: the build scripts and the test drivers. The tests' `page.evaluate` callbacks and the
  // hostile corpus's probe run in the browser, so the browser's globals are known there too.
  {
    files: ["scripts/**/*.mjs", "eslint.config.js"],
    languageOptions: { globals: globals.node },
  },
  {
    files: ["tests/e2e/**/*.mjs", "tests/bundler/**/*.mjs", "scripts/bench-browser.mjs", "scripts/inplace-rate.mjs"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
];
