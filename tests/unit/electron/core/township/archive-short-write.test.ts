/**
 * The disk (a network share, a slow USB drive) takes fewer bytes than asked on each write to
 * the console's archive: what is left is written again until every package is whole on disk,
 * or a first version would be missing as evidence when it is needed.
 */
import { readFile } from 'node:fs/promises'
import type * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { townshipOverview } from '../../../../../electron/core/township/console'
import { chain, newKey, put, sheetRecord, tempRoot } from './linked-chain'

/** While on, every write to an archive file takes at most this many bytes. */
const short = { on: false, at: 1000, calls: 0 }

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof fsp>()
  const open: typeof real.open = (async (...args: Parameters<typeof real.open>) => {
    const handle = await real.open(...args)
    if (!short.on || !String(args[0]).endsWith('.jsonl')) return handle
    // The real file, written a little at a time: as many bytes as the disk took are said.
    const writeSome = async (bytes: Buffer) => {
      short.calls++
      const taken = bytes.subarray(0, Math.min(short.at, bytes.length))
      const { bytesWritten } = await handle.write(taken)
      return bytesWritten
    }
    return new Proxy(handle, {
      get(target, prop) {
        if (prop === 'writev') {
          return async (parts: Buffer[]) => {
            const bytesWritten = await writeSome(Buffer.concat(parts))
            return { bytesWritten, buffers: parts }
          }
        }
        if (prop === 'write') {
          return async (b: Buffer, offset = 0, length = b.length - offset) => ({
            bytesWritten: await writeSome(b.subarray(offset, offset + length)),
            buffer: b,
          })
        }
        const v = Reflect.get(target, prop, target) as unknown
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v
      },
    })
  }) as typeof real.open
  return { ...real, default: { ...real, open }, open }
})

afterEach(() => {
  short.on = false
  short.at = 1000
  short.calls = 0
})

const NOW = new Date('2026-12-12T02:00:00.000Z')

describe('an archive written to a disk that takes a little at a time', () => {
  it('holds every package whole, each on its own line', async () => {
    const root = await tempRoot()
    const state = join(root, 'state')
    const files = chain(newKey(), 3, {
      records: (seq) => [sheetRecord(`2026-0${seq + 6}`, 100)],
    })
    await put(join(root, 'in', '联盟村'), files)
    short.on = true
    const o = await townshipOverview(join(root, 'in'), state, NOW)
    expect(o.problems).toEqual([])
    const archive = await readFile(join(state, 'archive', '联盟村.jsonl'))
    expect(archive.equals(Buffer.concat(files))).toBe(true)
    expect(short.calls).toBeGreaterThan(2) // the archive was written in short pieces, as meant
  })

  it('says on the row that a disk taking nothing could not keep the packages, and does not hang', async () => {
    const root = await tempRoot()
    await put(join(root, 'in', '联盟村'), chain(newKey(), 2))
    short.on = true
    short.at = 0
    const o = await townshipOverview(join(root, 'in'), join(root, 'state'), NOW)
    expect(o.problems.map((p) => [p.folder, p.kind, p.message.includes('没能存档')])).toEqual([
      ['联盟村', 'unreadable', true],
    ])
    expect(short.calls).toBeLessThan(5)
  })
})
