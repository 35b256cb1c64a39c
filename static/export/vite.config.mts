/** Builds the export modal (a Custom UI resource) into static/export/build, with relative URLs as Forge serves it. */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  resolve: {
    alias: {
      // The Node entry of csv-stringify uses Buffer at load time; its browser build does not.
      'csv-stringify/sync': 'csv-stringify/browser/esm/sync',
    },
  },
  build: {
    outDir: 'build',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1000,
    rollupOptions: {
      // zod and others place /*#__PURE__*/ where Rollup ignores it; harmless, and noisy in every build.
      onwarn(warning, warn) {
        if (warning.code !== 'INVALID_ANNOTATION') warn(warning);
      },
    },
  },
});
