/**
 * A demo village's backup (any freshly installed copy of the app makes one) restored over a
 * real village would turn it back into a demo; "leaving the demo" would then move the real
 * journal aside and start an empty one, with nothing on any screen saying so. It is refused.
 */
import { rm } from 'node:fs/promises'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { plugUsb } from '../../../../../fakes/drives'
import { openTestCore, staffedCore, type TestCore } from '../../auth/helpers'

let demo: TestCore
let real: TestCore
let usb: string
beforeEach(async () => {
  demo = await openTestCore(true)
  real = await staffedCore()
  usb = await plugUsb('usb-')
})
afterEach(async () => {
  await demo.close()
  await real.close()
  await rm(usb, { recursive: true, force: true })
})

describe('a demo backup onto a real village', () => {
  it('is refused in plain words, and the real village stays as it was', async () => {
    const name = (await demo.ok('auth.roster', {})).find((r) => r.role === 'admin')!.name
    await demo.ok('auth.login', { name, password: '333333' })
    const { code } = await demo.ok('backup.newRecoveryCode', {})
    const made = await demo.ok('backup.create', { targetDir: usb })

    const before = await real.ok('system.checkpoint', {})
    const r = await real.call('backup.restore', {
      archivePath: made.path,
      recoveryCode: code,
      confirm: true,
    })
    expect(r.ok ? 'restored' : r.error.message).toContain('演示村的备份')
    expect(await real.ok('system.checkpoint', {})).toEqual(before)
    expect((await real.ok('village.get', {})).name).toBe('新河村')
  })

  it('onto the demo village itself it still restores', async () => {
    const name = (await demo.ok('auth.roster', {})).find((r) => r.role === 'admin')!.name
    await demo.ok('auth.login', { name, password: '333333' })
    await demo.ok('backup.newRecoveryCode', {})
    const made = await demo.ok('backup.create', { targetDir: usb })
    const r = await demo.call('backup.restore', { archivePath: made.path, confirm: true })
    expect(r.ok).toBe(true)
  })
})
