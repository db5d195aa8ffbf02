/**
 * A backup of another village (another history from its first entry) must not replace a real
 * village's records: 东山村's accounts would be published as 新河村's, under 新河村's signature.
 * Found by a storage review.
 */
import { rm } from 'node:fs/promises'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { plugUsb } from '../../../../fakes/drives'
import { openTestCore, staffedCore, villageInput, type TestCore } from '../auth/helpers'

let a: TestCore
let b: TestCore
let usb: string
beforeEach(async () => {
  a = await staffedCore()
  b = await openTestCore()
  await b.ok(
    'setup.begin',
    villageInput({ village: { name: '东山村', township: '白驹镇', county: '大丰区' } }),
  )
  usb = await plugUsb('usb-')
})
afterEach(async () => {
  await a.close()
  await b.close()
  await rm(usb, { recursive: true, force: true })
})

describe('restoring another village’s backup', () => {
  it('is refused over a real village, and nothing changes', async () => {
    const { code } = await b.ok('backup.newRecoveryCode', {})
    const made = await b.ok('backup.create', { targetDir: usb })
    const before = a.core.store.head()
    const r = await a.call('backup.restore', {
      archivePath: made.path,
      recoveryCode: code,
      confirm: true,
    })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.message).toBe(
      '这份备份是“东山村（白驹镇）”的，变更日志从第一条起就和本机的不同，不能用它替换本村的数据。现在的数据保持原样。换电脑时，请在新电脑还是演示村的时候直接恢复本村的备份，不要先设置本村',
    )
    expect(a.core.store.head()).toEqual(before)
    expect(a.core.store.get('village', 'profile')?.name).not.toBe('东山村')
  })

  it('a replacement PC set up with the same village takes the village’s backup', async () => {
    const { code } = await a.ok('backup.newRecoveryCode', {})
    const made = await a.ok('backup.create', { targetDir: usb })
    const fresh = await openTestCore()
    try {
      await fresh.ok('setup.begin', villageInput())
      const r = await fresh.call('backup.restore', {
        archivePath: made.path,
        recoveryCode: code,
        confirm: true,
      })
      expect(r.ok ? 'restored' : r.error.message).toBe('restored')
    } finally {
      await fresh.close()
    }
  })

  it('its own older backup still restores', async () => {
    await a.ok('backup.newRecoveryCode', {})
    const made = await a.ok('backup.create', { targetDir: usb })
    const r = await a.call('backup.restore', { archivePath: made.path, confirm: true })
    expect(r.ok).toBe(true)
  })
})
