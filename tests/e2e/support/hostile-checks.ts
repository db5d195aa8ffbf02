/**
 * What a public screen must still be after hostile text reached it: no dialog, no script
 * run, no injected element, no horizontal overflow, no personal number in full.
 */
import type { Page } from '@playwright/test'
import { CANARY, PERSONAL_NUMBER_PATTERNS } from './hostile-corpus'

/** Dialogs a page opened; the listener dismisses each so the test can go on and report it. */
export function watchDialogs(page: Page): string[] {
  const seen: string[] = []
  page.on('dialog', (d) => {
    seen.push(`${d.type()}: ${d.message()}`)
    void d.dismiss().catch(() => {})
  })
  return seen
}

interface PageFacts {
  canary: unknown
  injected: string[]
  scrollWidth: number
  innerWidth: number
  /** The widest the page's scrolling main area is drawn, and its width on screen. */
  mainScrollWidth: number
  mainWidth: number
  text: string
}

/** Facts read inside the page, after it settled. */
function readFacts(page: Page): Promise<PageFacts> {
  return page.evaluate((canary) => {
    const w = window as unknown as Record<string, unknown>
    const suspicious = document.querySelectorAll(
      'img[src="x"], svg[onload], [onerror], [onfocus], [onload], a[href^="javascript:"], script:not([src])',
    )
    return {
      canary: w[canary],
      injected: [...suspicious].map((el) => el.outerHTML.slice(0, 120)),
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      // html and body clip; the shell's main area scrolls on its own, so it is measured too.
      mainScrollWidth: document.querySelector('main')?.scrollWidth ?? 0,
      mainWidth: document.querySelector('main')?.clientWidth ?? 0,
      text: document.body.innerText,
    }
  }, CANARY)
}

/** Every broken promise on the screen as it is now (empty: the screen held). */
export async function screenProblems(page: Page, dialogs: readonly string[]): Promise<string[]> {
  const f = await readFacts(page)
  const out: string[] = []
  if (dialogs.length > 0) out.push(`弹出了对话框：${dialogs.join(' | ')}`)
  if (f.canary !== undefined) out.push(`注入的脚本运行了（window.${CANARY}=${String(f.canary)}）`)
  if (f.injected.length > 0) out.push(`页面里出现了注入的元素：${f.injected.join(' | ')}`)
  if (f.scrollWidth > f.innerWidth) {
    out.push(`横向溢出：内容宽 ${f.scrollWidth}px，屏幕宽 ${f.innerWidth}px`)
  }
  if (f.mainScrollWidth > f.mainWidth) {
    out.push(`正文横向溢出：内容宽 ${f.mainScrollWidth}px，正文区宽 ${f.mainWidth}px`)
  }
  for (const [name, re] of PERSONAL_NUMBER_PATTERNS) {
    const m = re.exec(f.text)
    if (m) out.push(`页面上有完整的${name}：${m[0]}`)
  }
  return out
}
