import { defineConfig } from 'vite';

/**
 * embed.js, the partner's snippet: one small classic script (an IIFE, no React), at the stable
 * address /embed.js (no hash), built into dist/ after the app without emptying it.
 */
export default defineConfig({
  publicDir: false,
  build: {
    outDir: process.env.OUT_DIR || 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    target: 'es2017',
    sourcemap: false,
    minify: true,
    lib: {
      entry: 'src/embed/embed.ts',
      formats: ['iife'],
      // Required for an IIFE; the script exports nothing, so no global of this name is created.
      name: 'locWizardEmbed',
      fileName: () => 'embed.js',
    },
  },
});
