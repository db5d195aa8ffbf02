import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
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
    const plain = await openCore({
      dir: join(root, 'data'),
      demo: true,
      demoYears: 1,
      now: () => new Date('2026-11-25T01:30:00.000Z'),
    })
    await publishMonth(plain, '2026-10', { summary: '十月办公用品' })
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
