/** What the backup tests through core's calls share: a demo core, an empty USB folder, a login. */
import { rm } from 'node:fs/promises'
import { afterEach, beforeEach } from 'vitest'
import { plugUsb } from '../../../../fakes/drives'
import { openTestCore, type TestCore } from '../auth/helpers'

/** Opens a demo core and plugs in an empty "USB stick" before each test; removes both after. */
export function eachCoreWithUsb(): { readonly t: TestCore; readonly usb: string } {
  let core: TestCore | undefined
  let usb = ''
  beforeEach(async () => {
    core = await openTestCore(true)
    usb = await plugUsb()
  })
  afterEach(async () => {
    await core?.close()
    await rm(usb, { recursive: true, force: true })
  })
  return {
    get t() {
      if (!core) throw new Error('eachCoreWithUsb: used outside a test')
      return core
    },
    get usb() {
      return usb
    },
  }
}

/** Logs a window in as the demo account of that role (PINs from the README). */
export async function loginAs(t: TestCore, role: 'clerk' | 'admin', caller = 'win'): Promise<void> {
  const roster = await t.ok('auth.roster', {})
  const who = roster.find((r) => r.role === role)!
  await t.ok(
    'auth.login',
    { name: who.name, password: role === 'admin' ? '333333' : '111111' },
    caller,
  )
}
