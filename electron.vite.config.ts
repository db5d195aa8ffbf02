import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import vue from '@vitejs/plugin-vue'

// main as ESM, the sandboxed preload as CommonJS (sandboxed preloads cannot be ESM),
// renderer rooted at renderer/ with relative asset paths so app:// and the test host both work.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      sourcemap: false,
      rollupOptions: { input: { index: resolve('electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require() only 'electron': bundle the contract's zod into it.
      externalizeDeps: false,
      sourcemap: false,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('renderer'),
    base: './',
    plugins: [vue()],
    build: {
      outDir: resolve('out/renderer'),
      sourcemap: false,
      // Never inline assets as data: URLs: the CSP allows fonts and scripts from 'self' only.
      assetsInlineLimit: 0,
      // A kiosk PC may be slow: ship the renderer minified.
      minify: true,
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
})
