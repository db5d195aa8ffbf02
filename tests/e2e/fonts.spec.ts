/**
 * The UI font: on a machine that has Noto Sans CJK SC (the test host, 统信UOS, 麒麟) the kiosk
 * draws with it and fetches no font file; the home screen's CSS carries no 200 KB of
 * @font-face rules for the shipped copy.
 */
import { expect, test } from './fixtures'
import { HomePage } from './pages/home'

test('home is drawn in the system Noto Sans CJK SC without fetching a font file', async ({
  kiosk,
}) => {
  const fetched: string[] = []
  kiosk.page.on('request', (r) => fetched.push(new URL(r.url()).pathname))
  await kiosk.open('/')
  await expect(new HomePage(kiosk.page).villageName()).not.toBeEmpty()
  await kiosk.page.evaluate(() => document.fonts.ready)

  const cdp = await kiosk.page.context().newCDPSession(kiosk.page)
  await cdp.send('DOM.enable')
  await cdp.send('CSS.enable')
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 })
  const { nodeId } = await cdp.send('DOM.querySelector', {
    nodeId: root.nodeId,
    selector: '[data-testid=home-village-name]',
  })
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
  expect(fonts.map((f) => f.familyName)).toContain('Noto Sans CJK SC')

  expect(fetched.filter((p) => /\.woff2?$/.test(p))).toEqual([])
  const css = fetched.filter((p) => p.endsWith('.css'))
  let cssBytes = 0
  for (const p of css)
    cssBytes += (await kiosk.page.evaluate((u) => fetch(u).then((r) => r.text()), p)).length
  expect(cssBytes).toBeLessThan(64 * 1024)
})
