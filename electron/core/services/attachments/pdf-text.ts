/**
 * The text a PDF shows, page by page, read in core with pdf.js (its Node build, no worker
 * thread, no fonts installed): each piece of text as the file holds it, and each run of pieces
 * drawn close together on one line (a cell written glyph by glyph). Pieces further apart than a
 * cell gap are never run together, so amounts in adjacent columns stay apart. Bounded in pages
 * and time, so a hostile file cannot keep the kiosk busy. Text typed on a page (a text box, a
 * filled-in form field) is checked too: the viewer draws it with the page.
 */
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { TextItem } from 'pdfjs-dist/types/src/display/api'
import { PDF_MAX_PAGES } from '../../../../contract'

type Pdfjs = typeof PdfjsModule

/** The longest a file's text may take to read; past it the file is refused. */
export const PDF_TEXT_MS = 20_000

/** Why a PDF's text could not be read to the end. */
export class PdfTextError extends Error {
  constructor(readonly why: 'broken' | 'tooLong' | 'tooSlow') {
    super(`pdf-text: ${why}`)
  }
}

let dataDir: string | undefined
/**
 * Where pdf.js's data files are (cmaps/, standard_fonts/): the app's copy beside its renderer,
 * set by the core's host. Without the character maps, text in a Chinese font the file names but
 * does not embed (宋体 as UniGB-UCS2-H) would read as nothing, and pass unchecked.
 */
export function usePdfData(dir: string): void {
  dataDir = dir
}

/** The folder set by usePdfData, handed on to a reader thread. */
export const pdfDataDir = (): string | undefined => dataDir

/** The data folder: as set, else pdf.js's own in node_modules (tests, the test bridge). */
function dataUrls(): { cMapUrl?: string; cMapPacked?: boolean; standardFontDataUrl?: string } {
  let dir = dataDir
  try {
    dir ??= dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))
  } catch {
    return {}
  }
  // pdf.js's Node build reads them as files: paths ending in a slash.
  const url = (folder: string) => `${join(dir, folder)}/`
  return { cMapUrl: url('cmaps'), cMapPacked: true, standardFontDataUrl: url('standard_fonts') }
}

let lib: Promise<Pdfjs> | undefined
/** pdf.js, loaded on the first PDF: its worker's code runs on this thread (no worker file). */
function pdfjs(): Promise<Pdfjs> {
  lib ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs')
    ;(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker
    return import('pdfjs-dist/legacy/build/pdf.mjs')
  })()
  return lib
}

// Gaps as a share of the text's height: closer than a thin space the pieces are one word;
// further than a wide space apart they stand in different cells.
const JOINED = 0.15
const CELL_GAP = 1

interface Piece {
  str: string
  x: number
  y: number
  end: number
  size: number
}

const pieceOf = (t: TextItem): Piece => {
  const [, , c, d, x, y] = t.transform as number[]
  const size = Math.hypot(c ?? 0, d ?? 0) || t.height || 1
  return { str: t.str, x: x ?? 0, y: y ?? 0, end: (x ?? 0) + t.width, size }
}

/**
 * The page's lines (pieces on one baseline), each split into runs at the gaps between cells;
 * only runs of two pieces or more (a lone piece is checked as itself).
 */
function runsOf(pieces: Piece[]): string[] {
  const lines: Piece[][] = []
  for (const p of [...pieces].sort((a, b) => b.y - a.y)) {
    const line = lines.at(-1)
    if (line && Math.abs(line[0]!.y - p.y) <= 0.3 * Math.max(p.size, line[0]!.size)) line.push(p)
    else lines.push([p])
  }
  const runs: string[] = []
  for (const line of lines) {
    line.sort((a, b) => a.x - b.x)
    let run = [line[0]!.str]
    const end = () => run.length > 1 && runs.push(run.join(''))
    for (let i = 1; i < line.length; i++) {
      const [prev, p] = [line[i - 1]!, line[i]!]
      const gap = (p.x - prev.end) / Math.max(p.size, prev.size)
      if (gap >= CELL_GAP) {
        end()
        run = [p.str]
      } else run.push(gap < JOINED ? p.str : ` ${p.str}`)
    }
    end()
  }
  return runs
}

/** A piece of an annotation's data that may hold its text: a string, or strings. */
const strings = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((s) => typeof s === 'string') : []

/**
 * Text typed on the page rather than in it: a text box added with a PDF editor (FreeText), a
 * filled-in form field, a note. The viewer draws these with the page, but they are not in its
 * text content.
 */
function annotationTexts(annotations: readonly Record<string, unknown>[]): string[] {
  return annotations.flatMap((a) =>
    [
      ...strings(a.textContent),
      ...strings(a.fieldValue),
      ...strings((a.contentsObj as { str?: unknown } | undefined)?.str),
      ...strings(a.alternativeText),
    ].filter((t) => t.trim() !== ''),
  )
}

/**
 * Yields each page's texts to check (1-based page, its pieces and its runs); throws PdfTextError
 * for a file pdf.js cannot open, one past the page limit, or one that takes too long.
 */
export async function* pdfTexts(bytes: Uint8Array): AsyncGenerator<[number, string[]]> {
  const { getDocument, VerbosityLevel } = await pdfjs()
  const deadline = Date.now() + PDF_TEXT_MS
  const task = getDocument({
    data: new Uint8Array(bytes), // pdf.js takes the buffer over: the caller's stays whole
    ...dataUrls(),
    disableFontFace: true,
    isEvalSupported: false,
    useSystemFonts: false,
    enableXfa: false,
    verbosity: VerbosityLevel.ERRORS,
  })
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PdfTextError('tooSlow')), PDF_TEXT_MS)
  })
  const bounded = <T>(p: Promise<T>) => Promise.race([p, late])
  late.catch(() => undefined)
  try {
    const doc = await bounded(task.promise).catch((e: unknown) => {
      throw e instanceof PdfTextError ? e : new PdfTextError('broken')
    })
    if (doc.numPages > PDF_MAX_PAGES) throw new PdfTextError('tooLong')
    for (let n = 1; n <= doc.numPages; n++) {
      const [content, annotations] = await bounded(
        doc
          .getPage(n)
          .then((page) =>
            Promise.all([
              page.getTextContent({ disableNormalization: false }),
              page.getAnnotations(),
            ]),
          ),
      ).catch((e: unknown) => {
        throw e instanceof PdfTextError ? e : new PdfTextError('broken')
      })
      const pieces = content.items
        .filter((i): i is TextItem => 'str' in i && i.str.trim() !== '')
        .map(pieceOf)
      const typedOn = annotationTexts(annotations)
      const texts = [...pieces.map((p) => p.str), ...runsOf(pieces), ...typedOn]
      if (texts.length) yield [n, texts]
      if (Date.now() > deadline) throw new PdfTextError('tooSlow')
    }
  } finally {
    clearTimeout(timer)
    void task.destroy()
  }
}
