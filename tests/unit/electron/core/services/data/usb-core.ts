/** What the backup tests through core's calls share: a demo core, an empty USB folder, a login. */
import { rm } from 'node:fs/promises'
import { afterEach, beforeEach, expect } from 'vitest'
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

/** The system alerts `role` reads, logged in as the demo's one of that role. */
export async function alertsOf(t: TestCore, role: 'admin' | 'supervisor') {
  const roster = await t.ok('auth.roster', {})
  const who = roster.find((r) => r.role === role)!
  const password = role === 'admin' ? '333333' : '222222'
  await t.ok('auth.login', { name: who.name, password }, role)
  return (await t.ok('system.alerts', {}, role)).map((a) => a.message)
}

/** No English sentence (two Latin words in a row) in what a cadre reads. */
export const noEnglish = (s: string) => expect(s).not.toMatch(/[A-Za-z]{2,}\s+[A-Za-z]{2,}/)
