/**
 * Elements of a web page that hide what they hold (<div style="display:none">, <span hidden>):
 * followed tag by tag, counting nested ones of the same name, until the hiding one closes.
 */
import type { Looks } from './html-looks'

/** The hiding element now open, and how many of its name are open (itself included). */
export interface Hiding {
  name: string
  open: number
}

/** Elements that never close: they hide nothing after them. */
const VOID = new Set(['br', 'img', 'input', 'hr', 'wbr', 'col', 'meta', 'link'])

/**
 * After tag `name`: the hiding element still open (`hide`, if any, until it closes), or one
 * this tag opens hidden by its looks (`own`, asked only then).
 */
export function hiding(
  hide: Hiding | undefined,
  name: string,
  close: boolean,
  selfClosing: boolean,
  own: () => Looks,
): Hiding | undefined {
  if (hide) {
    if (name === hide.name) hide.open += close ? -1 : selfClosing ? 0 : 1
    return hide.open > 0 ? hide : undefined
  }
  return !close && !selfClosing && !VOID.has(name) && own().hidden ? { name, open: 1 } : undefined
}
