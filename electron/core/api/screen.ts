/**
 * A caller is one page of one screen: Electron's main names it `wc:<window>/<page>`, a new page
 * after every reload or crash. A login belongs to the page (a villager never inherits a cadre's
 * login, not even from a login still being checked when the page went away); the wrong-PIN wait
 * and the question limit belong to the screen, so a reload does not start them over.
 */
export function screenOf(caller: string): string {
  const slash = caller.indexOf('/')
  return slash < 0 ? caller : caller.slice(0, slash)
}
