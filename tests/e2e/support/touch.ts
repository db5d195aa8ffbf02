/**
 * What "usable by touch, readable by the elderly" means, measured in the page: every visible
 * interactive element at least 64×64 CSS px, every visible piece of text at least 24 px.
 */
import axe from 'axe-core'
import { expect, type Page } from '@playwright/test'

export const MIN_TARGET_PX = 64
export const MIN_TEXT_PX = 24
const INTERACTIVE = 'a, button, input, select, textarea, [role=button], [tabindex]'

export interface Offender {
  what: string
  width: number
  height: number
}

/** Visible interactive elements smaller than 64×64 CSS px (described for the failure message). */
export async function smallTargets(page: Page): Promise<Offender[]> {
  return page.evaluate(
    ([selector, min]) => {
      const out: { what: string; width: number; height: number }[] = []
      for (const el of document.querySelectorAll<HTMLElement>(selector as string)) {
        const style = getComputedStyle(el)
        if (style.visibility === 'hidden' || style.display === 'none') continue
        if (el.closest('[aria-hidden=true], [inert]')) continue
        const r = el.getBoundingClientRect()
        if (r.width === 0 && r.height === 0) continue
        if (r.width + 0.5 < (min as number) || r.height + 0.5 < (min as number)) {
          const text = (el.textContent ?? '').trim().slice(0, 30)
          out.push({
            what: `${el.tagName.toLowerCase()}[${el.dataset.testid ?? el.className}] "${text}"`,
            width: Math.round(r.width),
            height: Math.round(r.height),
          })
        }
      }
      return out
    },
    [INTERACTIVE, MIN_TARGET_PX] as const,
  )
}

/** Visible text set smaller than 24 px (each element holding its own text is measured). */
export async function smallText(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const out: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    const seen = new Set<Element>()
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement
      if (!el || seen.has(el) || !(n.textContent ?? '').trim()) continue
      seen.add(el)
      if (el.closest('script, style, [aria-hidden=true], .visually-hidden')) continue
      const style = getComputedStyle(el)
      if (style.visibility === 'hidden' || style.display === 'none') continue
      const r = el.getBoundingClientRect()
      if (r.width === 0 || r.height === 0) continue
      const px = parseFloat(style.fontSize)
      if (px + 0.01 < min) out.push(`${px}px "${(n.textContent ?? '').trim().slice(0, 30)}"`)
    }
    return out
  }, MIN_TEXT_PX)
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag22aa']

/**
 * Zero axe violations (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA incl. target-size) on the page.
 * axe.run in the page itself, injected once per document: @axe-core/playwright's default
 * path also opened a second page per check to merge results (~1.3 s each, most of the
 * a11y specs' time) for cross-origin frames, which the kiosk has none of. That is checked
 * here instead of assumed: a frame would not be looked at, so its presence fails the check.
 */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  expect(
    page.frames().map((f) => f.url()),
    `frames on ${screen}: axe here checks the top document only`,
  ).toHaveLength(1)
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source)
  const summary = await page.evaluate(async (tags) => {
    const inPage = (window as unknown as { axe: typeof axe }).axe
    const result = await inPage.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    })
    return result.violations.map(
      (v) => `${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
    )
  }, AXE_TAGS)
  expect(summary, `axe on ${screen}`).toEqual([])
}

/** Everything a public screen must pass: axe, target sizes, text sizes. */
export async function expectTouchReady(page: Page, screen: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready)
  await expectNoAxeViolations(page, screen)
  expect(await smallTargets(page), `targets under 64px on ${screen}`).toEqual([])
  expect(await smallText(page), `text under 24px on ${screen}`).toEqual([])
}
