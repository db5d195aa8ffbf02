/**
 * Detail screens: the facts QR code (plain text, works offline), read-aloud only where a Chinese
 * voice exists, and record text always shown as text.
 */
import QRCode from 'qrcode'
import { toDaxie, type Notice } from '../../contract'
import { expect, test } from './fixtures'
import { HomePage } from './pages/home'
import { KioskLayer } from './pages/kiosk-layer'
import { NoticesPage } from './pages/notices'
import { seedOctober } from './support/ledger-admin'

test('hostile record text is shown as text and runs nothing', async ({ kiosk }) => {
  const core = kiosk.host.core
  test.skip(!core, 'needs the core in the test process (bridge host)')
  const hostile = '<img src=x onerror=alert(1)>'
  const template = core!.store.all('notices').find((n) => n.status === 'published')!
  const notice: Notice = {
    ...template,
    id: 'hostile-notice',
    kind: 'notice',
    title: hostile,
    body: `${hostile}<script>alert(2)</script>`,
    pinned: true,
    validFrom: '2026-11-20',
    validTo: '2026-12-31',
    rows: [],
  }
  await core!.store.commit({
    actor: null,
    action: 'test.hostile',
    entity: 'notices',
    id: notice.id,
    puts: [{ coll: 'notices', id: notice.id, value: notice }],
  })
  const { page } = kiosk
  const dialogs: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  await kiosk.open('/')
  await new HomePage(page).openSection('notices')
  const list = new NoticesPage(page)
  await expect(list.titles().first()).toHaveText(hostile)
  await list.open(notice.id)
  await expect(page.getByTestId('notice-detail-title')).toHaveText(hostile)
  await expect(page.getByTestId('notice-body')).toHaveText(notice.body)
  await expect(page.locator('img[src=x], main script')).toHaveCount(0)
  expect(dialogs).toEqual([])
})

test('detail screens carry the key facts in a QR code (plain text, works offline)', async ({
  kiosk,
}) => {
  const { page } = kiosk
  const lists = await (async () => {
    await kiosk.open('/')
    return kiosk.call('notices.list', {})
  })()
  const g = lists.current.find((n) => n.kind === 'gongshi')!
  await kiosk.open(`/notices/${g.id}`)
  const qr = new KioskLayer(page).qr()
  await expect(qr).toBeVisible()
  const text = (await qr.getAttribute('data-text')) ?? ''
  expect(text).toContain(g.title)
  const view = await kiosk.call('notices.get', { id: g.id })
  expect(text).toContain(String(view.rows.length))
  // The picture encodes exactly that text: every module read off the image matches the code
  // the same encoder builds for it in Node.
  const model = QRCode.create(text, { errorCorrectionLevel: 'L' })
  const size = model.modules.size
  const read = await qr.locator('img').evaluate(
    async (img: HTMLImageElement, [n, margin, scale]) => {
      await img.decode()
      const canvas = document.createElement('canvas')
      canvas.width = img.naturalWidth
      canvas.height = img.naturalHeight
      const ctx = canvas.getContext('2d')!
      ctx.drawImage(img, 0, 0)
      const px = ctx.getImageData(0, 0, canvas.width, canvas.height).data
      const out: number[] = []
      for (let r = 0; r < n; r++)
        for (let c = 0; c < n; c++) {
          const x = (margin + c) * scale + scale / 2
          const y = (margin + r) * scale + scale / 2
          out.push(px[(y * canvas.width + x) * 4]! < 128 ? 1 : 0)
        }
      return out
    },
    [size, 2, 8] as const,
  )
  expect(read).toEqual(Array.from(model.modules.data))
})

test('read-aloud is hidden where the system has no Chinese voice', async ({ kiosk }) => {
  const { page } = kiosk
  await kiosk.open('/')
  const id = (await kiosk.call('projects.list', {})).items[0]!.id
  await kiosk.open(`/projects/${id}`)
  await page.getByTestId('project-money').waitFor()
  const hasZh = await page.evaluate(
    () =>
      'speechSynthesis' in window &&
      speechSynthesis.getVoices().some((v) => v.lang.toLowerCase().startsWith('zh')),
  )
  await expect(new KioskLayer(page).readAloud()).toHaveCount(hasZh ? 1 : 0)
})

test('read-aloud speaks the facts with a Chinese voice', async ({ kiosk }) => {
  const { page } = kiosk
  // A system with a Chinese voice (imitated): the button shows and speaks the project's facts.
  await page.addInitScript(() => {
    const spoken: string[] = []
    const voice = { lang: 'zh-CN', name: '中文', default: true, localService: true, voiceURI: 'zh' }
    class Utterance {
      voice: unknown = null
      lang = ''
      rate = 1
      onend: (() => void) | null = null
      onerror: (() => void) | null = null
      constructor(readonly text: string) {}
    }
    const synth = Object.assign(new EventTarget(), {
      getVoices: () => [voice],
      speak: (u: Utterance) => spoken.push(`${u.lang}|${u.text}`),
      cancel: () => undefined,
    })
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true })
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance })
    Object.defineProperty(window, '__spoken', { value: spoken })
  })
  await kiosk.open('/')
  const id = (await kiosk.call('projects.list', {})).items[0]!.id
  await kiosk.open(`/projects/${id}`)
  const button = new KioskLayer(page).readAloud()
  await expect(button).toBeVisible()
  await button.click()
  const spoken = await page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken)
  const project = await kiosk.call('projects.get', { id })
  expect(spoken.length).toBe(1)
  expect(spoken[0]).toMatch(/^zh-CN\|/)
  expect(spoken[0]).toContain(project.name)
  expect(spoken[0]).toContain(`${project.percent}%`)
  await expect(button).toHaveAttribute('aria-pressed', 'true')
})

test('a ledger line carries its amount in figures and 大写 in its QR code', async ({ kiosk }) => {
  await kiosk.open('/')
  const periods = await kiosk.call('ledger.periods', {})
  const sheet = await kiosk.call('ledger.sheet', { period: periods[0]!.key })
  const e = sheet.entries[0]!
  await kiosk.open(`/finance/entry/${e.id}`)
  const qr = new KioskLayer(kiosk.page).qr()
  await expect(qr).toBeVisible()
  const text = (await qr.getAttribute('data-text')) ?? ''
  expect(text).toContain(toDaxie(e.amountFen))
  expect(text).toContain(e.summary)
})

test('a corrected line and the line it replaced each say so in their QR code', async ({
  kiosk,
}) => {
  const { ids, correctionId } = await seedOctober(kiosk, 'corrected')
  const qr = new KioskLayer(kiosk.page).qr()
  await kiosk.open(`/finance/entry/${ids[3]!}`)
  await expect(qr).toHaveAttribute('data-text', /注意：这一笔后来已被更正，请以更正后的记录为准。/)
  await kiosk.open(`/finance/entry/${correctionId!}`)
  await expect(qr).toHaveAttribute(
    'data-text',
    /¥18,000\.00；已更正：报酬按镇里新标准核定，多录了600元；原为：金额 18,600\.00元/,
  )
})
