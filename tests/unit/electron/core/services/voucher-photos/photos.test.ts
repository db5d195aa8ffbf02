import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { ATTACHMENT_MSG, HEIC_REFUSAL, PERSONAL_NAME_REFUSAL } from '../../../../../../contract'
import { thumbPath } from '../../../../../../electron/core/services/attachments/paths'
import { line, PEOPLE, type Harness } from '../ledger-admin/harness'
import { jpeg, png } from '../attachments/samples'
import { row, textPdf } from '../../../../../e2e/support/text-pdf'
import { photoKiosk } from './photo-kiosk'

let dir: string
let folder: string
let h: Harness
let ids: string[]

/** An iPhone photo's first bytes: a box of type ftyp with the heic brand. */
const heic = () =>
  Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic'), Buffer.alloc(40)])

beforeEach(async () => {
  ;({ h, dir, folder, ids } = await photoKiosk('kiosk-photos-'))
  writeFileSync(join(folder, '记-2026-10-001.jpg'), jpeg())
  writeFileSync(join(folder, '10-2.png'), png())
  writeFileSync(join(folder, '2026-10-04_300.jpg'), jpeg(50, 40))
  writeFileSync(join(folder, 'IMG_0001.jpg'), jpeg(60, 40))
  writeFileSync(join(folder, 'IMG_0002.HEIC'), heic())
  writeFileSync(join(folder, 'iphone.jpg'), heic())
  writeFileSync(join(folder, '110101199003078888.jpg'), jpeg(70, 40))
  writeFileSync(join(folder, '说明.txt'), '不是照片')
})

describe('vouchers.photosPreview', () => {
  it('matches by 凭证号 and by date + amount, leaves the rest to assign, refuses with reasons', async () => {
    const p = await h.call('clerk', 'vouchers.photosPreview', { period: '2026-10', folder })
    const by = Object.fromEntries(p.photos.map((x) => [x.name, [x.entryId, x.how]]))
    expect(by).toEqual({
      '记-2026-10-001.jpg': [ids[0], 'voucher'],
      '10-2.png': [ids[1], 'voucher'],
      '2026-10-04_300.jpg': [ids[2], 'dateAmount'],
      'IMG_0001.jpg': [null, null],
    })
    const refused = Object.fromEntries(p.refused.map((r) => [r.name, r.reason]))
    expect(refused['IMG_0002.HEIC']).toBe(HEIC_REFUSAL)
    expect(refused['iphone.jpg']).toBe(HEIC_REFUSAL)
    expect(refused['说明.txt']).toBe('只能上传照片（JPG、PNG、WebP）或 PDF 文件')
    // The ID number never leaves core: the refusal names the file masked.
    expect(JSON.stringify(p)).not.toContain('110101199003078888')
    const masked = p.refused.find((r) => r.reason === PERSONAL_NAME_REFUSAL)
    expect(masked?.name).toMatch(/\*/)
    expect(p.lines.map((l) => l.voucherNo)).toEqual([
      '记-2026-10-001',
      '记-2026-10-002',
      '记-2026-10-003',
    ])
  })

  it('matches a photo named after a lettered 凭证号 in other case letters (jz-7.jpg, line JZ-7)', async () => {
    const e = await h.call('clerk', 'ledger.saveEntry', line({ voucherNo: 'JZ-7' }))
    writeFileSync(join(folder, 'jz-7.jpg'), jpeg(80, 40))
    const p = await h.call('clerk', 'vouchers.photosPreview', { period: '2026-10', folder })
    const photo = p.photos.find((x) => x.name === 'jz-7.jpg')
    expect([photo?.entryId, photo?.how]).toEqual([e.id, 'voucher'])
  })

  it('is for keepers only, and only on a folder inside the drives', async () => {
    await h.refused('sup', 'vouchers.photosPreview', { period: '2026-10', folder }, 'FORBIDDEN')
    await h.refused(
      'clerk',
      'vouchers.photosPreview',
      { period: '2026-10', folder: join(folder, '..', '..', '..') },
      'FORBIDDEN',
    )
  })
})

describe('vouchers.photosCommit', () => {
  it('stores each photo under its sha256 and attaches them all in one change', async () => {
    const seq = h.store.head().seq
    const r = await h.call('clerk', 'vouchers.photosCommit', {
      period: '2026-10',
      folder,
      assign: [
        { path: join(folder, '记-2026-10-001.jpg'), entryId: ids[0]! },
        { path: join(folder, 'IMG_0001.jpg'), entryId: ids[0]! },
        { path: join(folder, '10-2.png'), entryId: ids[1]!, thumb: jpeg(8, 6).toString('base64') },
      ],
    })
    expect(r).toEqual({ attached: 3, lines: 2 })
    expect(h.store.head().seq).toBe(seq + 1)
    const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex')
    expect(h.store.get('ledger', ids[0]!)!.attachments).toEqual([
      `${sha(jpeg())}.jpg`,
      `${sha(jpeg(60, 40))}.jpg`,
    ])
    expect(h.store.get('ledger', ids[1]!)!.attachments).toEqual([`${sha(png())}.png`])
    expect(h.store.get('attachments', `${sha(png())}.png`)).toMatchObject({
      thumb: true,
      // The preview's own hash, journaled: a preview swapped on disk is refused when shown.
      thumbSha256: sha(jpeg(8, 6)),
      fileName: '10-2.png',
    })
    expect(readdirSync(join(dir, 'attachments')).sort()).toEqual(
      [`${sha(jpeg())}.jpg`, `${sha(jpeg(60, 40))}.jpg`, `${sha(png())}.png`, 'thumbs'].sort(),
    )
  })

  it('names the keeper who added photos to a colleague’s line as its editor (they may not sign it)', async () => {
    await h.call('clerk2', 'vouchers.photosCommit', {
      period: '2026-10',
      folder,
      assign: [{ path: join(folder, 'IMG_0001.jpg'), entryId: ids[0]! }],
    })
    await h.call('clerk', 'vouchers.photosCommit', {
      period: '2026-10',
      folder,
      assign: [{ path: join(folder, '10-2.png'), entryId: ids[1]! }],
    })
    expect(h.store.get('ledger', ids[0]!)!.editedBy).toEqual([PEOPLE.clerk2.user])
    // The clerk's photo on their own line changes no one's part in it.
    expect(h.store.get('ledger', ids[1]!)!.editedBy).toBeUndefined()
    await h.call('clerk', 'ledger.submit', { period: '2026-10' })
    await h.refused('clerk2AsSup', 'ledger.publish', { period: '2026-10' }, 'FORBIDDEN')
  })

  it('refuses the whole batch for one HEIC or ID-numbered file: nothing written, nothing attached', async () => {
    for (const bad of ['iphone.jpg', '110101199003078888.jpg']) {
      const e = await h.refused(
        'clerk',
        'vouchers.photosCommit',
        {
          period: '2026-10',
          folder,
          assign: [
            { path: join(folder, '记-2026-10-001.jpg'), entryId: ids[0]! },
            { path: join(folder, bad), entryId: ids[1]! },
          ],
        },
        'BAD_INPUT',
      )
      expect(e.message).not.toContain('110101199003078888')
      expect(e.message).toContain(bad === 'iphone.jpg' ? HEIC_REFUSAL : PERSONAL_NAME_REFUSAL)
    }
    expect(existsSync(join(dir, 'attachments'))).toBe(false)
    expect(h.store.get('ledger', ids[0]!)!.attachments).toEqual([])
  })

  it('refuses a typed PDF with a phone number in it, at preview and again at commit, writing nothing', async () => {
    const refusal = '这个 PDF 第 1 页有像手机号码的内容，公开前请先遮住或删掉'
    writeFileSync(join(folder, '10-3.pdf'), textPdf(row(600, ['Zhang*ming', '13812345678'])))
    writeFileSync(join(folder, '10-2.pdf'), textPdf(row(600, ['2026-10-04', '1200', '3500'])))
    const p = await h.call('clerk', 'vouchers.photosPreview', { period: '2026-10', folder })
    expect(p.refused).toContainEqual({ name: '10-3.pdf', reason: refusal })
    expect(p.photos.map((x) => x.name)).not.toContain('10-3.pdf')
    expect(p.photos.map((x) => x.name)).toContain('10-2.pdf')
    const seq = h.store.head().seq
    const e = await h.refused(
      'clerk',
      'vouchers.photosCommit',
      {
        period: '2026-10',
        folder,
        assign: [
          { path: join(folder, '10-2.pdf'), entryId: ids[1]! },
          { path: join(folder, '10-3.pdf'), entryId: ids[2]! },
        ],
      },
      'BAD_INPUT',
    )
    expect(e.message).toBe(`“10-3.pdf”：${refusal}`)
    expect(existsSync(join(dir, 'attachments'))).toBe(false)
    expect(h.store.head().seq).toBe(seq)
    expect(h.store.get('ledger', ids[1]!)!.attachments).toEqual([])
  })

  it('refuses at preview a photo too big to draw whose size comes after 80 KB of camera data', async () => {
    // Phones put EXIF and maker notes (up to 64 KB a segment) before the frame that gives the size.
    const small = jpeg(20_000, 10_000)
    const app1 = Buffer.concat([Buffer.from([0xff, 0xe1, 0xff, 0xff]), Buffer.alloc(0xfffd, 7)])
    const app2 = Buffer.concat([Buffer.from([0xff, 0xe2, 0x40, 0x00]), Buffer.alloc(0x3ffe, 7)])
    writeFileSync(
      join(folder, '10-3.jpg'),
      Buffer.concat([small.subarray(0, 2), app1, app2, small.subarray(2)]),
    )
    const p = await h.call('clerk', 'vouchers.photosPreview', { period: '2026-10', folder })
    expect(p.refused).toContainEqual({ name: '10-3.jpg', reason: ATTACHMENT_MSG.pixels })
    expect(p.photos.map((x) => x.name)).not.toContain('10-3.jpg')
  })

  it('refuses a photo too big to draw, at preview and again at commit, writing nothing', async () => {
    // 20,000 × 10,000 pixels in a header of a few bytes: the kiosk would decode it to 800 MB.
    writeFileSync(join(folder, '10-3.jpg'), jpeg(20_000, 10_000))
    const p = await h.call('clerk', 'vouchers.photosPreview', { period: '2026-10', folder })
    expect(p.refused).toContainEqual({ name: '10-3.jpg', reason: ATTACHMENT_MSG.pixels })
    expect(p.photos.map((x) => x.name)).not.toContain('10-3.jpg')
    const e = await h.refused(
      'clerk',
      'vouchers.photosCommit',
      { period: '2026-10', folder, assign: [{ path: join(folder, '10-3.jpg'), entryId: ids[2]! }] },
      'BAD_INPUT',
    )
    expect(e.message).toBe(`“10-3.jpg”：${ATTACHMENT_MSG.pixels}`)
    expect(existsSync(join(dir, 'attachments'))).toBe(false)
    expect(h.store.get('ledger', ids[2]!)!.attachments).toEqual([])
  })

  it('refuses a preview that is no small picture, writing nothing and attaching nothing', async () => {
    const e = await h.refused(
      'clerk',
      'vouchers.photosCommit',
      {
        period: '2026-10',
        folder,
        assign: [
          { path: join(folder, '记-2026-10-001.jpg'), entryId: ids[0]! },
          {
            path: join(folder, '10-2.png'),
            entryId: ids[1]!,
            thumb: jpeg(60_000, 60_000).toString('base64'),
          },
        ],
      },
      'BAD_INPUT',
    )
    expect(e.message).toBe(ATTACHMENT_MSG.thumb)
    expect(existsSync(join(dir, 'attachments'))).toBe(false)
    expect(h.store.get('ledger', ids[0]!)!.attachments).toEqual([])
  })

  it('refuses a line of another period and a published sheet', async () => {
    const assign = [
      { path: join(folder, '10-2.png'), entryId: '00000000-0000-4000-8000-000000000000' },
    ]
    await h.refused(
      'clerk',
      'vouchers.photosCommit',
      { period: '2026-10', folder, assign },
      'BAD_INPUT',
    )
    await h.call('clerk', 'ledger.submit', { period: '2026-10' })
    const ok = [{ path: join(folder, '10-2.png'), entryId: ids[1]! }]
    await h.refused(
      'clerk',
      'vouchers.photosCommit',
      { period: '2026-10', folder, assign: ok },
      'CONFLICT',
    )
  })

  // The photos are read from the stick before anything is written: slow on a real stick, and
  // the clerk's other screens go on meanwhile. `meanwhile` runs those changes to the end just
  // before the photos' own commit, as if the stick had taken that long.
  function meanwhile(run: () => Promise<void>): void {
    const commit = h.store.commit.bind(h.store)
    let pending: (() => Promise<void>) | null = run
    h.store.commit = async (change) => {
      if (change.action === 'ledger.photos' && pending) {
        const other = pending
        pending = null
        await other()
      }
      return commit(change)
    }
  }

  it('a sheet submitted and signed while the photos were read: refused, the signed lines stay', async () => {
    let signed: unknown[] = []
    meanwhile(async () => {
      await h.call('clerk', 'ledger.removeEntry', { id: ids[1]! })
      await h.call('clerk', 'ledger.submit', { period: '2026-10' })
      await h.call('sup', 'ledger.publish', { period: '2026-10' })
      signed = h.store.all('ledger').filter((e) => e.period === '2026-10')
    })
    const r = await h.invoke('clerk', 'vouchers.photosCommit', {
      period: '2026-10',
      folder,
      assign: [{ path: join(folder, 'IMG_0001.jpg'), entryId: ids[1]! }],
    })
    expect(r.ok ? 'written' : r.error.code).toBe('CONFLICT')
    expect(signed).toHaveLength(2)
    expect(h.store.all('ledger').filter((e) => e.period === '2026-10')).toEqual(signed)
    expect(h.store.get('ledger', ids[1]!)).toBeUndefined()
  })

  it('a line changed while the photos were read: refused, the change kept', async () => {
    meanwhile(async () => {
      const { attachments: _a, ...fields } = h.store.get('ledger', ids[0]!)!
      await h.call('clerk', 'ledger.saveEntry', { ...fields, amountFen: 77_700 } as never)
    })
    const r = await h.invoke('clerk', 'vouchers.photosCommit', {
      period: '2026-10',
      folder,
      assign: [{ path: join(folder, 'IMG_0001.jpg'), entryId: ids[0]! }],
    })
    expect(r.ok ? 'written' : r.error.code).toBe('CONFLICT')
    expect(h.store.get('ledger', ids[0]!)).toMatchObject({ amountFen: 77_700, attachments: [] })
  })

  it('keeps the thumbnail a photo already has: a second commit of the same photo cannot swap it', async () => {
    const sha = createHash('sha256').update(png()).digest('hex')
    const first = jpeg(8, 6)
    const assign = (thumb: Buffer) => ({
      period: '2026-10',
      folder,
      assign: [
        { path: join(folder, '10-2.png'), entryId: ids[1]!, thumb: thumb.toString('base64') },
      ],
    })
    await h.call('clerk', 'vouchers.photosCommit', assign(first))
    await h.call('clerk', 'vouchers.photosCommit', assign(jpeg(9, 7)))
    expect(readFileSync(thumbPath(dir, sha))).toEqual(first)
  })

  it('gives no preview to a photo a line already shows without one', async () => {
    const sha = createHash('sha256').update(png()).digest('hex')
    const photo = join(folder, '10-2.png')
    await h.call('clerk', 'vouchers.photosCommit', {
      period: '2026-10',
      folder,
      assign: [{ path: photo, entryId: ids[1]! }],
    })
    await h.call('clerk', 'vouchers.photosCommit', {
      period: '2026-10',
      folder,
      assign: [{ path: photo, entryId: ids[0]!, thumb: jpeg(9, 7).toString('base64') }],
    })
    expect(existsSync(thumbPath(dir, sha))).toBe(false)
    expect(h.store.get('attachments', `${sha}.png`)?.thumb).toBe(false)
  })
})
