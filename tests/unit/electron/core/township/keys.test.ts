import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openCore } from '../../../../../electron/core/core'
import {
  KEY_FILE,
  loadOrCreateKey,
  SEALED_KEY_FILE,
  type KeySeal,
} from '../../../../../electron/core/township/keys'

/** Stands in for safeStorage: reversible, and visibly not the PEM. */
const seal: KeySeal = {
  seal: (pem) => Buffer.from(Buffer.from(pem, 'utf8').map((b) => b ^ 0x5a)),
  open: (sealed) => Buffer.from(sealed.map((b) => b ^ 0x5a)).toString('utf8'),
}

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'township-keys-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('the signing key', () => {
  it('is made once, readable by this user only, and the same key on every open', async () => {
    const a = await loadOrCreateKey(dir)
    const b = await loadOrCreateKey(dir)
    expect(b.fingerprint).toBe(a.fingerprint)
    expect(await readdir(dir)).toEqual([KEY_FILE])
    const { stat } = await import('node:fs/promises')
    expect((await stat(join(dir, KEY_FILE))).mode & 0o077).toBe(0)
  })

  it('is sealed by the OS store where there is one, and refused without it, never replaced', async () => {
    const a = await loadOrCreateKey(dir, seal)
    expect(await readdir(dir)).toEqual([SEALED_KEY_FILE])
    const bytes = await readFile(join(dir, SEALED_KEY_FILE), 'utf8')
    expect(bytes).not.toContain('PRIVATE KEY')
    expect((await loadOrCreateKey(dir, seal)).fingerprint).toBe(a.fingerprint)
    await expect(loadOrCreateKey(dir)).rejects.toThrow(/系统加密/)
    expect(await readdir(dir)).toEqual([SEALED_KEY_FILE])
  })

  it('a sealed key that cannot be opened does not stop the kiosk; the next open packages what it missed', async () => {
    const keyDir = join(dir, 'keys')
    const outbox = join(dir, 'outbox')
    await loadOrCreateKey(keyDir, seal)
    const logged: string[] = []
    const open = (withSeal: boolean) =>
      openCore({
        dir: join(dir, 'data'),
        demo: true,
        demoYears: 1,
        now: () => new Date('2026-11-25T01:30:00.000Z'),
        log: (m) => logged.push(m),
        signing: { keyDir, outbox, ...(withSeal ? { seal } : {}) },
      })
    const core = await open(false)
    expect(logged).toContain('township signing key unavailable')
    const who = await core.invoke('township.identity', {}, 'x')
    expect(who).toMatchObject({ ok: true, data: { fingerprint: '' } })
    for (const [c, name, password] of [
      ['c', '杨雪梅', '111111'],
      ['s', '高志强', '222222'],
    ]) {
      await core.invoke('auth.login', { name, password }, c!)
    }
    await core.invoke('ledger.closePeriod', { period: '2026-10' }, 'c')
    const line = { period: '2026-10', date: '2026-10-08', voucherNo: '记-1', summary: '电费' }
    const money = { category: 'expense', item: '办公费', direction: 'expense', amountFen: 800 }
    await core.invoke('ledger.saveEntry', { ...line, ...money }, 'c')
    await core.invoke('ledger.submit', { period: '2026-10' }, 'c')
    expect((await core.invoke('ledger.publish', { period: '2026-10' }, 's')).ok).toBe(true)
    await core.close()
    expect((await readdir(outbox).catch(() => [])).filter((n) => n.endsWith('.json'))).toEqual([])
    const again = await open(true)
    await again.close()
    expect((await readdir(outbox)).filter((n) => n.endsWith('.json'))).toEqual(['00000001.json'])
  })
})
