import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'

/**
 * pdf.js reads a few data files at run time: character maps for Chinese text, the 14 standard
 * fonts a PDF may name without embedding, and the JPEG 2000 decoder written in plain JS (so no
 * WebAssembly and no 'wasm-unsafe-eval' in the CSP). They ship under out/renderer/pdfjs/ and are
 * fetched from the kiosk's own origin, never from the network.
 */
const PDFJS_DIR = resolve('node_modules/pdfjs-dist')
const PDFJS_FILES: Array<[folder: string, keep: (name: string) => boolean]> = [
  ['cmaps', (n) => n.endsWith('.bcmap') || n === 'LICENSE'],
  ['standard_fonts', () => true],
  ['wasm', (n) => n === 'openjpeg_nowasm_fallback.js' || n.startsWith('LICENSE')],
]
function pdfjsAssets(): Plugin {
  return {
    name: 'pdfjs-assets',
    // `npm run dev`: the same files, straight from node_modules.
    configureServer(server) {
      server.middlewares.use('/pdfjs/', (req, res, next) => {
        const [folder, name, extra] = (req.url ?? '').split('?')[0]!.slice(1).split('/')
        const keep = PDFJS_FILES.find(([f]) => f === folder)?.[1]
        if (!folder || !name || extra !== undefined || !keep?.(name)) return next()
        if (!readdirSync(join(PDFJS_DIR, folder)).includes(name)) return next()
        res.end(readFileSync(join(PDFJS_DIR, folder, name)))
      })
    },
    // Copied beside the bundle (not emitted into it), so the build log lists only our code.
    writeBundle(options) {
      for (const [folder, keep] of PDFJS_FILES) {
        const to = join(options.dir ?? resolve('out/renderer'), 'pdfjs', folder)
        mkdirSync(to, { recursive: true })
        for (const name of readdirSync(join(PDFJS_DIR, folder)).filter(keep)) {
          copyFileSync(join(PDFJS_DIR, folder, name), join(to, name))
        }
      }
    },
  }
}

// main as ESM, the sandboxed preload as CommonJS (sandboxed preloads cannot be ESM),
// renderer rooted at renderer/ with relative asset paths so app:// and the test host both work.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      sourcemap: false,
      // core-host: the utility process core runs in (electron/main/core-process.ts forks it).
      // township-reader: the worker threads a township console's first open reads with.
      // pdf-reader: the worker thread core reads a typed PDF's text on.
      rollupOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          'core-host': resolve('electron/core/host/entry.ts'),
          // The township console's reader threads (electron/core/township/readers.ts).
          'township-reader': resolve('electron/core/township/reader-worker.ts'),
          // The thread a typed PDF's text is read on (electron/core/services/attachments).
          'pdf-reader': resolve('electron/core/services/attachments/pdf-reader-worker.ts'),
        },
        // As in the renderer: the contract only defines values, so importing one runs nothing.
        treeshake: { moduleSideEffects: [{ test: /[\\/]contract[\\/]/, sideEffects: false }] },
        // The contract's schemas (and with them zod, ~100 ms to load) in a chunk of their own,
        // its plain values (channel names, error helpers, enums) in another: main takes only
        // those, so the first window does not wait for zod; core and the reader threads load
        // both. Two groups, so neither chunk imports from an entry (a reader thread importing
        // core-host.js would not start).
        output: {
          codeSplitting: {
            includeDependenciesRecursively: false,
            groups: [
              { name: 'schemas', test: /contract[\\/](schemas[\\/]|api[\\/]|api\.ts)/ },
              { name: 'contract', test: /contract[\\/]/ },
            ],
          },
        },
      },
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
    plugins: [vue(), pdfjsAssets()],
    // Vue's build flags: every component is <script setup>, so the Options API (data, methods,
    // mixins) is left out, and so are the production devtools and SSR hydration details.
    define: {
      __VUE_OPTIONS_API__: false,
      __VUE_PROD_DEVTOOLS__: false,
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: false,
    },
    build: {
      outDir: resolve('out/renderer'),
      sourcemap: false,
      // Never inline assets as data: URLs: the CSP allows fonts and scripts from 'self' only.
      assetsInlineLimit: 0,
      // A kiosk PC may be slow: ship the renderer minified (NO_MINIFY=1 builds it readable, for profiling).
      minify: !process.env.NO_MINIFY,
      rolldownOptions: {
        input: { index: resolve('renderer/index.html') },
        // The contract only defines values (schemas, tables, helpers): nothing runs on import, so
        // a screen that takes one helper does not drag in the barrel's other modules.
        treeshake: { moduleSideEffects: [{ test: /[\\/]contract[\\/]/, sideEffects: false }] },
        // zod and the contract's schemas in one chunk of their own: only cadre forms and a few
        // screens validate input, so the kiosk's first screen loads neither (see contract/period.ts).
        output: {
          codeSplitting: {
            // Only the schemas themselves: the plain helpers they use stay where screens need them.
            includeDependenciesRecursively: false,
            groups: [
              // Vue, its router and Pinia: one file the first screen fetches, not four.
              {
                name: 'vue',
                test: /node_modules[\\/](@vue|vue|vue-router|pinia)[\\/]/,
              },
              // The few small helpers nearly every screen shares (the bridge call, a fetched value,
              // Vue's SFC helper): one file, not three of under a kilobyte each.
              {
                name: 'shared',
                test: /renderer[\\/]src[\\/](api[\\/]|stores[\\/]remote\.ts)|plugin-vue:export-helper/,
              },
              {
                name: 'schemas',
                test: /node_modules[\\/]zod[\\/]|contract[\\/](schemas[\\/]|api[\\/]|api\.ts)/,
              },
            ],
          },
        },
      },
    },
  },
})
