import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_MSG } from '../../../../../../contract'
import { attachmentHandlers } from '../../../../../../electron/core/services/attachments'
import { harness, line, type Harness } from '../ledger-admin/harness'
import { imageBombPdf } from '../../../../../e2e/support/bomb-pdf'
import { storedFiles } from './stored-files'
import { b64, exe, jpeg, pdf, png } from './samples'
import { tempDir } from '../../../../temp-dir'

const TYPE_MSG = '只能上传照片（JPG、PNG、WebP）或 PDF 文件'
let dir: string
let h: Harness

beforeEach(async () => {
  dir = tempDir('kiosk-attach-')
  h = await harness('month', attachmentHandlers({ dir }))
})

describe('attachments.add', () => {
  it('stores a PNG under its sha256, the bytes on disk match, and journals who added it', async () => {
    const bytes = png()
    const sha = createHash('sha256').update(bytes).digest('hex')
    const r = await h.call('clerk', 'attachments.add', { data: b64(bytes), fileName: '收据.png' })
    expect(r).toMatchObject({ name: `${sha}.png`, mime: 'image/png', bytes: bytes.length })
    expect(r).toMatchObject({ width: 480, height: 360, fileName: '收据.png', thumb: false })
    const onDisk = readFileSync(join(dir, 'attachments', `${sha}.png`))
    expect(createHash('sha256').update(onDisk).digest('hex')).toBe(sha)
    const [entry] = await h.store.history('attachments', r.name)
    expect(entry).toMatchObject({ action: 'attachments.add', actor: { id: 'u-clerk' } })
  })

  it('keeps a JPEG thumbnail beside a photo and beside a PDF (its first page)', async () => {
    const photo = await h.call('sup', 'attachments.add', { data: b64(png()), thumb: b64(jpeg()) })
    expect(photo.thumb).toBe(true)
    const thumb = readFileSync(join(dir, 'attachments', 'thumbs', `${photo.sha256}.jpg`))
    expect(thumb.equals(jpeg())).toBe(true)
    const bare = await h.call('admin', 'attachments.add', { data: b64(pdf()), fileName: 'a.pdf' })
    expect(bare).toMatchObject({ ext: 'pdf', thumb: false })
    expect(existsSync(join(dir, 'attachments', 'thumbs', `${bare.sha256}.jpg`))).toBe(false)
    // Picked again on a screen that could draw its page: the thumbnail is added to the record.
    const page = await h.call('admin', 'attachments.add', { data: b64(pdf()), thumb: b64(jpeg()) })
    expect(page).toMatchObject({ name: bare.name, ext: 'pdf', thumb: true })
    const stored = readFileSync(join(dir, 'attachments', 'thumbs', `${bare.sha256}.jpg`))
    expect(stored.equals(jpeg())).toBe(true)
  })

  it('journals the preview’s own hash and hands it to the screens, so a swapped one is refused', async () => {
    const jpgSha = createHash('sha256').update(jpeg()).digest('hex')
    // A stray preview already on disk under the photo's name (no record names it yet) is
    // replaced by the one picked now: the record's hash must be of the bytes kept.
    const photoSha = createHash('sha256').update(png()).digest('hex')
    mkdirSync(join(dir, 'attachments', 'thumbs'), { recursive: true })
    writeFileSync(join(dir, 'attachments', 'thumbs', `${photoSha}.jpg`), 'PLANTED')
    const photo = await h.call('sup', 'attachments.add', { data: b64(png()), thumb: b64(jpeg()) })
    expect(photo.thumbSha256).toBe(jpgSha)
    const onDisk = readFileSync(join(dir, 'attachments', 'thumbs', `${photoSha}.jpg`))
    expect(createHash('sha256').update(onDisk).digest('hex')).toBe(jpgSha)
    const [entry] = await h.store.history('attachments', photo.name)
    expect(JSON.stringify(entry)).toContain(jpgSha)
    const [info] = await h.call('public', 'attachments.info', { names: [photo.name] })
    expect(info).toMatchObject({ thumb: true, thumbSha256: jpgSha })
    // Picked again with another preview: the one the public sees (and its hash) is kept.
    const other = jpeg(41, 30)
    const again = await h.call('clerk', 'attachments.add', { data: b64(png()), thumb: b64(other) })
    expect(again.thumbSha256).toBe(jpgSha)
    const kept = readFileSync(join(dir, 'attachments', 'thumbs', `${photoSha}.jpg`))
    expect(createHash('sha256').update(kept).digest('hex')).toBe(jpgSha)
  })

  it('keeps the journaled preview hash and the file on disk the same, whatever happens to the file', async () => {
    const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex')
    const first = await h.call('clerk', 'attachments.add', { data: b64(png()) }) // no preview yet
    const path = join(dir, 'attachments', 'thumbs', `${first.sha256}.jpg`)
    const agree = () =>
      expect(sha(readFileSync(path))).toBe(h.store.get('attachments', first.name)!.thumbSha256)
    // Two screens add the same photo at once, each with its own preview.
    const both = await Promise.all([
      h.invoke('clerk', 'attachments.add', { data: b64(png()), thumb: b64(jpeg()) }),
      h.invoke('admin', 'attachments.add', { data: b64(png()), thumb: b64(jpeg(41, 30)) }),
    ])
    expect(both.map((r) => r.ok)).toEqual([true, true])
    agree()
    // A damaged preview is replaced when the photo is added again, and its hash journaled anew.
    const damaged = readFileSync(path)
    damaged[damaged.length - 3] = damaged[damaged.length - 3]! ^ 0xff
    writeFileSync(path, damaged)
    await h.call('clerk', 'attachments.add', { data: b64(png()), thumb: b64(jpeg(42, 30)) })
    agree()
    expect(sha(readFileSync(path))).toBe(sha(jpeg(42, 30)))
    // So is one left empty by a power cut.
    writeFileSync(path, '')
    await h.call('admin', 'attachments.add', { data: b64(png()), thumb: b64(jpeg(43, 30)) })
    agree()
  })

  it('once a record names a file, adding it again never gives it another preview than the journaled one', async () => {
    const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex')
    await h.call('clerk', 'ledger.closePeriod', { period: '2026-10' })
    // A scanned PDF the picking screen could not draw: no preview.
    const scan = await h.call('clerk', 'attachments.add', { data: b64(pdf()) })
    const photo = await h.call('clerk', 'attachments.add', { data: b64(png()), thumb: b64(jpeg()) })
    await h.call('clerk', 'ledger.saveEntry', line({ attachments: [scan.name, photo.name] }))
    const seq = h.store.head().seq
    // Another preview sent with the same files (what the public would see as the PDF's first
    // page, or as the photo) changes nothing: neither the record, nor the journal, nor the disk.
    const again = await h.call('clerk', 'attachments.add', { data: b64(pdf()), thumb: b64(jpeg()) })
    expect(again).toEqual(scan)
    expect(existsSync(join(dir, 'attachments', 'thumbs', `${scan.sha256}.jpg`))).toBe(false)
    const path = join(dir, 'attachments', 'thumbs', `${photo.sha256}.jpg`)
    writeFileSync(path, '') // a power cut left the photo's preview empty
    await h.call('admin', 'attachments.add', { data: b64(png()), thumb: b64(jpeg(41, 30)) })
    expect(readFileSync(path).length).toBe(0)
    expect(h.store.head().seq).toBe(seq)
    // The journaled preview itself, sent again, is put back: the same picture as signed.
    await h.call('admin', 'attachments.add', { data: b64(png()), thumb: b64(jpeg()) })
    expect(sha(readFileSync(path))).toBe(h.store.get('attachments', photo.name)!.thumbSha256)
    expect(h.store.head().seq).toBe(seq)
  })

  it('stores the same content once: a second add returns the first record, no new change', async () => {
    const first = await h.call('clerk', 'attachments.add', { data: b64(png()), fileName: '一.png' })
    const seq = h.store.head().seq
    const again = await h.call('admin', 'attachments.add', { data: b64(png()), fileName: '二.png' })
    expect(again).toEqual(first)
    expect(h.store.head().seq).toBe(seq)
    expect(storedFiles(dir)).toEqual([first.name])
  })

  it('repairs a damaged copy on disk when the same file is added again', async () => {
    const r = await h.call('clerk', 'attachments.add', { data: b64(png()) })
    const path = join(dir, 'attachments', r.name)
    const damaged = png()
    damaged[100] = damaged[100]! ^ 0xff
    writeFileSync(path, damaged)
    await h.call('admin', 'attachments.add', { data: b64(png()) })
    expect(createHash('sha256').update(readFileSync(path)).digest('hex')).toBe(r.sha256)
  })

  it('refuses a program, a text file named .jpg, an empty file and a bad thumbnail, writing nothing', async () => {
    const text = b64(Buffer.from('我是文字，不是照片'))
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ data: b64(exe()), fileName: 'setup.exe' }, new RegExp(TYPE_MSG.slice(0, 6))],
      [{ data: text, fileName: '照片.jpg' }, /只能上传照片/],
      [{ data: '', fileName: 'empty.png' }, /这个文件是空的/],
      [{ data: b64(png()), thumb: b64(png()) }, /缩略图不对/],
      [{ data: b64(pdf()), thumb: b64(pdf()) }, /缩略图不对/],
    ]
    for (const [input, message] of cases) {
      const e = await h.refused('clerk', 'attachments.add', input as never, 'BAD_INPUT', message)
      expect(Object.keys(e.fields ?? {})).toHaveLength(1)
    }
    expect(storedFiles(dir)).toEqual([])
    expect(h.store.all('attachments')).toEqual([])
  })

  it('refuses a preview that is no small picture: every public list would draw it, writing nothing', async () => {
    // A few bytes whose header says 60,000 × 60,000 (3.6 billion pixels, on every tile of the
    // line), a full-size photo sent as its own preview, and a JPEG whose size cannot be read.
    const unreadable = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0, 0, 0xff, 0xd9, 1, 2])
    for (const thumb of [jpeg(60_000, 60_000), jpeg(4_000, 3_000), unreadable]) {
      const e = await h.refused(
        'clerk',
        'attachments.add',
        { data: b64(png()), thumb: b64(thumb) },
        'BAD_INPUT',
        ATTACHMENT_MSG.thumb,
      )
      expect(e.fields).toEqual({ thumb: ATTACHMENT_MSG.thumb })
    }
    expect(storedFiles(dir)).toEqual([])
    expect(h.store.all('attachments')).toEqual([])
    // The preview a screen makes (320 px on its long side) goes in.
    const ok = await h.call('clerk', 'attachments.add', {
      data: b64(png()),
      thumb: b64(jpeg(320, 240)),
    })
    expect(ok.thumb).toBe(true)
  })

  it('refuses a file over 10 MB with the limit in the message, writing nothing', async () => {
    const big = Buffer.alloc(ATTACHMENT_MAX_BYTES + 1, 0)
    png().copy(big)
    const e = await h.refused('clerk', 'attachments.add', { data: b64(big) }, 'BAD_INPUT')
    expect(e.message).toContain('10 MB')
    expect(storedFiles(dir)).toEqual([])
  })

  it('refuses a PDF or a photo whose picture would decode past 1.5 亿 pixels, writing nothing', async () => {
    // Small files that would decode to gigabytes: a 30,000-pixel-square scan (its size written
    // in place or by reference), and a JPEG whose header says 20,000 × 10,000.
    const photo = jpeg(20_000, 10_000)
    const cases = [
      imageBombPdf({ side: 30_000, headerOnly: true }),
      imageBombPdf({ side: 30_000, headerOnly: true, indirect: true }),
      photo,
    ]
    for (const bytes of cases) {
      const e = await h.refused('clerk', 'attachments.add', { data: b64(bytes) }, 'BAD_INPUT')
      expect(e.message).toBe(ATTACHMENT_MSG.pixels)
      expect(e.message).toContain('1.5 亿像素')
    }
    expect(storedFiles(dir)).toEqual([])
    expect(h.store.all('attachments')).toEqual([])
    // An A3 page scanned at 600 dpi is an everyday file and goes in.
    const a3 = await h.call('clerk', 'attachments.add', {
      data: b64(imageBombPdf({ side: 8_400, headerOnly: true })),
    })
    expect(a3.ext).toBe('pdf')
  })

  it('accepts exactly 10 MB', async () => {
    const big = Buffer.alloc(ATTACHMENT_MAX_BYTES, 7)
    pdf().copy(big)
    const r = await h.call('clerk', 'attachments.add', { data: b64(big) })
    expect(r.bytes).toBe(ATTACHMENT_MAX_BYTES)
  })

  it('lets only logged-in cadres add; a villager at the kiosk is refused and nothing is written', async () => {
    await h.refused('public', 'attachments.add', { data: b64(png()) }, 'UNAUTHENTICATED')
    expect(storedFiles(dir)).toEqual([])
  })
})

describe('attachments.info and references', () => {
  it('describes stored files to anyone, and a file without a record by its name alone', async () => {
    const r = await h.call('clerk', 'attachments.add', { data: b64(pdf()), fileName: '私人.pdf' })
    const bare = `${'b'.repeat(64)}.jpg`
    const info = await h.call('public', 'attachments.info', { names: [r.name, bare] })
    expect(info).toEqual([
      { name: r.name, kind: 'pdf', bytes: r.bytes, thumb: false },
      { name: bare, kind: 'photo', bytes: 0, thumb: false },
    ])
    expect(JSON.stringify(info)).not.toContain('私人')
  })

  it('refuses a ledger line naming a file that was never added, next to the photos', async () => {
    await h.call('clerk', 'ledger.closePeriod', { period: '2026-10' })
    const ghost = `${'c'.repeat(64)}.png`
    const e = await h.refused(
      'clerk',
      'ledger.saveEntry',
      line({ attachments: [ghost] }),
      'BAD_INPUT',
      /附件不存在/,
    )
    expect(e.fields).toEqual({ attachments: '附件不存在，请重新上传' })
    const photo = await h.call('clerk', 'attachments.add', { data: b64(png()) })
    const saved = await h.call('clerk', 'ledger.saveEntry', line({ attachments: [photo.name] }))
    expect(h.store.get('ledger', saved.id)?.attachments).toEqual([photo.name])
  })
})
