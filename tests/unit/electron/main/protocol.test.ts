import { mkdirSync, writeFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { protocol, resetElectron } from '../../fakes/electron'
import { resolveInside } from '../../../../electron/main/static-files'
import { registerAppScheme, setupProtocol } from '../../../../electron/main/protocol'
import { tempDir } from '../../temp-dir'

vi.mock('electron', () => import('../../fakes/electron'))

let root: string
let data: string
// A stored file is named by the sha256 of its bytes.
const SHA = createHash('sha256').update('PNGBYTES').digest('hex')

function get(url: string, method = 'GET'): Promise<Response> {
  const handler = protocol.handlers.get('app')
  if (!handler) throw new Error('app:// not handled')
  return Promise.resolve(handler(new Request(url, { method })))
}

describe('app:// protocol', () => {
  beforeEach(() => {
    resetElectron()
    const top = tempDir('kiosk-protocol-')
    root = join(top, 'renderer')
    mkdirSync(join(root, 'assets'), { recursive: true })
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>村务公开</title>')
    writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)')
    writeFileSync(join(root, 'assets', 'font.woff2'), 'woff2')
    writeFileSync(join(top, 'secret.txt'), 'SECRET')
    data = join(top, 'data')
    mkdirSync(join(data, 'attachments', 'thumbs'), { recursive: true })
    writeFileSync(join(data, 'attachments', `${SHA}.png`), 'PNGBYTES')
    writeFileSync(join(data, 'attachments', 'thumbs', `${SHA}.jpg`), 'JPGBYTES')
    writeFileSync(join(data, 'journal.jsonl'), 'JOURNAL')
    setupProtocol(root, data)
  })

  it('registers app:// as standard, secure, fetch-capable, with compiled code kept between starts', () => {
    registerAppScheme()
    expect(protocol.privileged).toEqual([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
      },
    ])
  })

  it('serves the built renderer with the right types', async () => {
    const html = await get('app://kiosk/index.html')
    expect(html.status).toBe(200)
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await html.text()).toContain('村务公开')
    expect((await get('app://kiosk/')).status).toBe(200)
    expect((await get('app://kiosk/assets/app.js')).headers.get('content-type')).toMatch(
      /^text\/javascript/,
    )
    expect((await get('app://kiosk/assets/font.woff2')).headers.get('content-type')).toBe(
      'font/woff2',
    )
  })

  it('sends the strict CSP with every response, without unsafe-eval', async () => {
    for (const url of [
      'app://kiosk/index.html',
      'app://kiosk/recovery.html',
      'app://kiosk/missing.js',
    ]) {
      const csp = (await get(url)).headers.get('content-security-policy') ?? ''
      expect(csp).toContain("default-src 'self'")
      expect(csp).toContain("script-src 'self';")
      expect(csp).toContain("worker-src 'self'")
      expect(csp).toContain("object-src 'none'")
      expect(csp).toContain("frame-ancestors 'none'")
      expect(csp).not.toContain('unsafe-eval')
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/)
    }
  })

  it.each([
    'app://kiosk/../../etc/passwd',
    'app://kiosk/..%2f..%2fetc%2fpasswd',
    'app://kiosk/%2e%2e/secret.txt',
    'app://kiosk/..%2fsecret.txt',
    'app://kiosk/assets/..%2f..%2fsecret.txt',
    'app://kiosk/..%5csecret.txt',
    'app://kiosk/index.html%00.png',
    'app://kiosk/%E0%A4%A',
  ])('refuses to leave the renderer folder: %s', async (url) => {
    const response = await get(url)
    expect([403, 404]).toContain(response.status)
    const body = await response.text()
    expect(body).not.toContain('SECRET')
    expect(body).not.toContain('root:')
  })

  it('serves only the kiosk host and only GET/HEAD', async () => {
    expect((await get('app://evil/index.html')).status).toBe(404)
    expect((await get('app://kiosk/index.html', 'POST')).status).toBe(405)
    const head = await get('app://kiosk/index.html', 'HEAD')
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
  })

  it('serves the built-in recovery page, which needs no script', async () => {
    const page = await get('app://kiosk/recovery.html')
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('暂时无法显示，正在重试…')
    expect(html).not.toContain('<script')
  })

  it('serves the built-in page for a data folder held by another program', async () => {
    const page = await get('app://kiosk/folder-busy.html')
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('数据文件夹正被另一个程序使用')
    expect(html).toContain('没有读写其中任何数据')
    expect(html).not.toContain('<script')
  })

  it('serves stored attachments from the data folder under the same CSP, typed by name', async () => {
    const photo = await get(`app://kiosk/attachments/${SHA}.png`)
    expect(photo.status).toBe(200)
    expect(photo.headers.get('content-type')).toBe('image/png')
    expect(photo.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(await photo.text()).toBe('PNGBYTES')
    const thumb = await get(`app://kiosk/attachments/thumbs/${SHA}.jpg`)
    expect(await thumb.text()).toBe('JPGBYTES')
    expect((await get(`app://kiosk/attachments/${'cd'.repeat(32)}.png`)).status).toBe(404)
  })

  it('refuses a stored file whose bytes are no longer the ones its name was made from', async () => {
    // Someone with the disk put another picture under a voucher photo's name.
    writeFileSync(join(data, 'attachments', `${SHA}.png`), 'FAKEBYTES')
    const photo = await get(`app://kiosk/attachments/${SHA}.png`)
    expect(photo.status).toBe(409)
    expect(await photo.text()).toBe('这个附件文件和保存时不一样，可能被改动过，不能显示')
  })

  it('checks a preview against the hash its record carries', async () => {
    const JPG = createHash('sha256').update('JPGBYTES').digest('hex')
    const kept = await get(`app://kiosk/attachments/thumbs/${SHA}-${JPG}.jpg`)
    expect(kept.status).toBe(200)
    expect(await kept.text()).toBe('JPGBYTES')
    // Another picture put under the preview's name: refused, the tile falls back to the photo.
    writeFileSync(join(data, 'attachments', 'thumbs', `${SHA}.jpg`), 'OTHERJPG')
    const swapped = await get(`app://kiosk/attachments/thumbs/${SHA}-${JPG}.jpg`)
    expect(swapped.status).toBe(409)
  })

  it.each(['/CON', '/con.txt', '/assets/COM1.js', '/assets/nul', '/LPT9.html', '/aux'])(
    'never opens a Windows device name, which could hang the window: %s',
    (path) => {
      expect(resolveInside(root, path)).toBeNull()
      expect(resolveInside(root, '/assets/console.js')).toBe(join(root, 'assets', 'console.js'))
    },
  )

  it.each([
    'app://kiosk/attachments/../journal.jsonl',
    'app://kiosk/attachments/%2e%2e/journal.jsonl',
    'app://kiosk/attachments/..%2fjournal.jsonl',
    'app://kiosk/attachments/x.png',
    `app://kiosk/attachments/${SHA}.png%00`,
    `app://kiosk/attachments/${SHA}.txt`,
    'app://kiosk/attachments/thumbs/..%2f..%2fjournal.jsonl',
  ])('refuses anything in the data folder but an attachment: %s', async (url) => {
    const response = await get(url)
    expect([403, 404]).toContain(response.status)
    expect(await response.text()).not.toContain('JOURNAL')
  })
})
