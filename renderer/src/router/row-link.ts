import { useRouter } from 'vue-router'

/**
 * The link of one row in a long list (a sheet's lines, 50 project cards) or of the home
 * screen's tiles and cards, drawn at every start: a plain
 * `<a href="#/…">` whose tap goes through the router as RouterLink's would, without a RouterLink
 * per row. Each RouterLink resolves its route and keeps reactive state of its own; fifty of them
 * were a good part of drawing a list on an old PC. A tap with a modifier key is left to the browser.
 */
export function useRowLink() {
  const router = useRouter()
  return {
    href: (to: string): string => router.options.history.createHref(to),
    /** `replace`: the tap takes the place of the screen shown (a choice within it, like a period). */
    open(to: string, e: MouseEvent, replace = false): void {
      if (e.defaultPrevented || e.button !== 0) return
      if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return
      e.preventDefault()
      void (replace ? router.replace(to) : router.push(to))
    },
  }
}
