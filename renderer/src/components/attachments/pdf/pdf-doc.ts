/**
 * pdf.js for the kiosk: loaded only when a PDF is opened or picked (its own chunks, so the home
 * screen's JavaScript does not grow), set up for the strict CSP: its worker, character maps,
 * standard fonts and JPEG 2000 decoder all come from our own origin; no eval (isEvalSupported:
 * false), no WebAssembly (the plain-JS decoders instead), no system fonts, nothing remote.
 */
import type * as PdfjsModule from 'pdfjs-dist'
import type { PDFDocumentProxy } from 'pdfjs-dist'
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'
import { IMAGE_MAX_PIXELS } from '../../../../../contract'

type Pdfjs = typeof PdfjsModule
let lib: Promise<Pdfjs> | null = null

function pdfjs(): Promise<Pdfjs> {
  lib ??= import('pdfjs-dist').then((m) => {
    m.GlobalWorkerOptions.workerSrc = workerUrl
    return m
  })
  // A failed chunk load (should never happen offline) may be retried on the next PDF.
  lib.catch(() => (lib = null))
  return lib
}

/** Where the build puts pdf.js's data files (see electron.vite.config.ts). */
const dataUrl = (folder: string): string => new URL(`pdfjs/${folder}/`, document.baseURI).href

/** Opens a PDF from its bytes; rejects when pdf.js cannot parse it. `data` is handed over. */
export async function openPdf(data: Uint8Array): Promise<PDFDocumentProxy> {
  const { getDocument, VerbosityLevel } = await pdfjs()
  const task = getDocument({
    data,
    isEvalSupported: false,
    useWasm: false,
    wasmUrl: dataUrl('wasm'),
    cMapUrl: dataUrl('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: dataUrl('standard_fonts'),
    useSystemFonts: false,
    // Data files are fetched by the page (connect-src 'self'), the same way in both hosts.
    useWorkerFetch: false,
    enableXfa: false,
    // A picture larger than this is left off the page instead of decoded (a 1200 dpi scan, or
    // a few hundred kilobytes of zeros that decode to gigabytes): the page still shows.
    maxImageSize: IMAGE_MAX_PIXELS,
    // pdf.js's warnings about odd files go nowhere: the screen says what a villager needs.
    verbosity: VerbosityLevel.ERRORS,
  })
  try {
    return await task.promise
  } catch (e) {
    void task.destroy()
    throw e
  }
}

/** The most pixels one page may take (a 4K-wide A4 page is about 24 M): more is scaled down. */
const MAX_PIXELS = 16_000_000

/**
 * Draws page `n` (1-based) into a new canvas `width` device pixels wide (or the long side, with
 * `longSide`), on white. The caller swaps it in, so a quick turn never draws into a busy canvas.
 */
export async function drawPage(
  doc: PDFDocumentProxy,
  n: number,
  size: { width: number } | { longSide: number },
): Promise<HTMLCanvasElement> {
  const page = await doc.getPage(n)
  const unit = page.getViewport({ scale: 1 })
  const wanted =
    'width' in size ? size.width / unit.width : size.longSide / Math.max(unit.width, unit.height)
  const cap = Math.sqrt(MAX_PIXELS / (unit.width * unit.height))
  const viewport = page.getViewport({ scale: Math.max(0.1, Math.min(wanted, cap)) })
  const canvas = document.createElement('canvas')
  canvas.width = Math.max(1, Math.floor(viewport.width))
  canvas.height = Math.max(1, Math.floor(viewport.height))
  await page.render({ canvas, viewport, background: '#ffffff' }).promise
  page.cleanup()
  return canvas
}
