import { mkdtemp, readdir, readFile, rename, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openCore } from '../../../../../electron/core/core'
import { decodePackage } from '../../../../../electron/core/township/package-format'
import { publishMonth, signingVillage, type SigningVillage } from './village'

let v: SigningVillage | null = null
afterEach(async () => {
  await v?.close()
  v = null
})

const files = async (dir: string) => (await readdir(dir)).filter((n) => n.endsWith('.json')).sort()
const bytesOf = async (dir: string) =>
  Promise.all((await files(dir)).map((f) => readFile(join(dir, f))))

describe('re-making packages from the journal', () => {
  it('gives back the outbox byte for byte, drafts between publishes included in the hashes', async () => {
    v = await signingVillage()
    await publishMonth(v.core, '2026-10', { summary: '十月办公用品' })
    v.setNow('2026-12-02T02:00:00.000Z')
    await v.core.invoke('ledger.closePeriod', { period: '2026-11' }, 'clerk')
    await publishMonth(v.core, '2026-11', { summary: '十一月电费' })
    const again = join(v.root, 'again')
    const made = await v.core.remakeOutbox(again)
    expect(made).toBe(2)
    expect(await files(again)).toEqual(await files(v.outbox))
    expect(await bytesOf(again)).toEqual(await bytesOf(v.outbox))
  })

  it('publishes made while signing was off are packaged one by one at the next open, as a remake makes them', async () => {
    const root = await mkdtemp(join(tmpdir(), 'township-'))
    // The same village first runs without signing and publishes, then reopens with signing on.
    let now = '2026-11-25T01:30:00.000Z'
    const plain = await openCore({
      dir: join(root, 'data'),
      demo: true,
      demoYears: 1,
      now: () => new Date(now),
    })
    await publishMonth(plain, '2026-10', { summary: '十月办公用品' })
    now = '2026-12-02T02:00:00.000Z' // November is signed once it has ended
    await publishMonth(plain, '2026-11', { summary: '十一月电费' })
    await plain.close()
    v = await signingVillage(root)
    const names = await files(v.outbox)
    expect(names).toEqual(['00000001.json', '00000002.json'])
    const periods = (await bytesOf(v.outbox)).map((b) => {
      const d = decodePackage(b)
      if (!d.ok) throw new Error(d.message)
      return d.pkg.records.map((r) => r.input.period)
    })
    expect(periods).toEqual([['2026-10'], ['2026-11']])
    const again = join(root, 'again')
    expect(await v.core.remakeOutbox(again)).toBe(2)
    expect(await bytesOf(again)).toEqual(await bytesOf(v.outbox))
    await v.close()
    v = null
    await rm(root, { recursive: true, force: true })
  })
})

describe('a replaced journal (the demo left, or a restore)', () => {
  it('starts the outbox again from 1 and keeps the old packages in a folder beside it', async () => {
    const root = await mkdtemp(join(tmpdir(), 'township-'))
    v = await signingVillage(root)
    await publishMonth(v.core, '2026-10', { summary: '演示时试着公开的账' })
    await v.close()
    v = null
    await rename(join(root, 'data'), join(root, 'demo-data'))
    v = await signingVillage(root)
    await publishMonth(v.core, '2026-10', { summary: '本村正式的账' })
    expect(await files(v.outbox)).toEqual(['00000001.json'])
    const d = decodePackage((await bytesOf(v.outbox))[0]!)
    if (!d.ok) throw new Error(d.message)
    expect(d.pkg.journal.from).toBe(1)
    expect(JSON.stringify(d.pkg.records)).toContain('本村正式的账')
    const aside = (await readdir(root)).filter((n) => n.startsWith('outbox-replaced-'))
    expect(aside).toHaveLength(1)
    expect(await files(join(root, aside[0]!))).toEqual(['00000001.json'])
    await v.close()
    v = null
    await rm(root, { recursive: true, force: true })
  })
})
