/**
 * What "usable by touch, readable by the elderly" means, measured in the page: every visible
 * interactive element at least 64×64 CSS px, every visible piece of text at least 24 px.
 */
import AxeBuilder from '@axe-core/playwright'
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

/** Zero axe violations (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA incl. target-size) on the page. */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag22aa'])
    .analyze()
  const summary = result.violations.map(
    (v) => `${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  )
  expect(summary, `axe on ${screen}`).toEqual([])
}

/** Everything a public screen must pass: axe, target sizes, text sizes. */
export async function expectTouchReady(page: Page, screen: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready)
  await expectNoAxeViolations(page, screen)
  expect(await smallTargets(page), `targets under 64px on ${screen}`).toEqual([])
  expect(await smallText(page), `text under 24px on ${screen}`).toEqual([])
}
