// ESLint 9 flat config: Next's rules (core web vitals), typescript-eslint's strict type-aware rules,
// and Prettier's switch-off of every formatting rule (Prettier formats; ESLint finds mistakes).
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import prettier from 'eslint-config-prettier/flat';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores(['.next/**', 'out/**', '.generated/**', 'bench/tmp/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts']),
  ...nextVitals,
  // eslint-config-next ignores build/, the usual name of an output folder; here it is the build layer's source.
  globalIgnores(['!build/**']),
  {
    rules: {
      // Plain links on purpose: every page is prerendered and complete without script, and next/link would make
      // each link a client component that hydrates (docs/performance.md).
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
  {
    files: ['**/*.{ts,tsx,mts}'],
    extends: [tseslint.configs.strictTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Numbers in messages are the point of most templates here ("line 3, column 2").
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  prettier,
]);
