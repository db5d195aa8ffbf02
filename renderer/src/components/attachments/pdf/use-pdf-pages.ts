/**
 * One PDF shown page by page on a public screen: core is asked first whether it may be shown
 * (a stored PDF whose text holds a personal number ends in 'withheld', with core's line), then
 * it is fetched from our own origin, opened with pdf.js, each page drawn at the stage's width
 * (again when the screen turns). A file pdf.js cannot read ends in 'broken', which the screen
 * says in words; nothing is thrown or logged.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist'
import { onBeforeUnmount, onMounted, ref, watch, type Ref } from 'vue'
import { call } from '../../../api'
import { fileUrl } from '../attachment-url'
import { drawPage, openPdf } from './pdf-doc'

export type PdfStatus = 'loading' | 'shown' | 'broken' | 'withheld'

export function usePdfPages(
  name: string,
  stage: Ref<HTMLElement | null>,
  target: Ref<HTMLCanvasElement | null>,
) {
  const status = ref<PdfStatus>('loading')
  const page = ref(1)
  const pages = ref(0)
  /** Core's line for a withheld file. */
  const withheld = ref('')
  let doc: PDFDocumentProxy | null = null
  let gone = false
  let drawing = 0
  let width = 0

  /** Draws the current page; a later call (a quick turn, a resize) wins over an earlier one. */
  async function draw(): Promise<void> {
    const el = stage.value
    if (!doc || !el || gone) return
    const ticket = ++drawing
    width = el.clientWidth
    try {
      const drawn = await drawPage(doc, page.value, {
        width: Math.round(width * (window.devicePixelRatio || 1)),
      })
      const canvas = target.value
      if (ticket !== drawing || gone || !canvas) return
      canvas.width = drawn.width
      canvas.height = drawn.height
      canvas.getContext('2d')?.drawImage(drawn, 0, 0)
      status.value = 'shown'
    } catch {
      if (ticket === drawing && !gone) status.value = 'broken'
    }
  }

  async function load(): Promise<void> {
    try {
      // Unasked (core restarting), the file is not shown: the screen says it cannot be opened.
      const check = await call('attachments.publicCheck', { name })
      if (gone) return
      if (check.withheld) {
        withheld.value = check.withheld
        status.value = 'withheld'
        return
      }
      const res = await fetch(fileUrl(name))
      if (!res.ok) throw new Error(`pdf: ${res.status}`)
      const opened = await openPdf(new Uint8Array(await res.arrayBuffer()))
      if (gone) return void opened.destroy()
      doc = opened
      pages.value = opened.numPages
      await draw()
    } catch {
      if (!gone) status.value = 'broken'
    }
  }

  function turn(dir: -1 | 1): void {
    const next = page.value + dir
    if (status.value === 'shown' && next >= 1 && next <= pages.value) page.value = next
  }
  watch(page, () => void draw())

  let resized: ReturnType<typeof setTimeout> | undefined
  const observer = new ResizeObserver(() => {
    if (!doc || stage.value?.clientWidth === width) return
    clearTimeout(resized)
    resized = setTimeout(() => void draw(), 200)
  })
  onMounted(() => {
    if (stage.value) observer.observe(stage.value)
    void load()
  })
  onBeforeUnmount(() => {
    gone = true
    observer.disconnect()
    clearTimeout(resized)
    void doc?.destroy()
  })

  return { status, page, pages, withheld, turn }
}
