/**
 * The sealed header of a backup says which village it is (the backup list, the new-machine
 * screen and the other-village check read it). Right after setup the village's documents are
 * still being written behind the journal: a backup made at once must still name the village.
 */
import { readFile, rm } from 'node:fs/promises'
import { afterEach, expect, it } from 'vitest'
import { plugUsb } from '../../../../../fakes/drives'
import { openTestCore, villageInput, type TestCore } from '../../auth/helpers'

let t: TestCore
let usb: string
afterEach(async () => {
  await t.close()
  await rm(usb, { recursive: true, force: true })
})

it('a backup made right after setup names the village in its header', async () => {
  t = await openTestCore()
  usb = await plugUsb('fresh-header-usb-')
  await t.ok('setup.begin', villageInput())
  await t.ok('backup.newRecoveryCode', {})
  const made = await t.ok('backup.create', { targetDir: usb })
  expect(made.villageName).toBe('新河村')
  const listed = await t.ok('backup.list', { dir: usb })
  expect(listed.archives.map((a) => a.villageName)).toEqual(['新河村'])
})

// The header is plain text on the stick: whoever picks it up reads it without the key. A name
// with a phone in it (kept from before any check) is named there as the public screen names it.
it('the plain header names the village masked as in public; the sealed body keeps it whole', async () => {
  t = await openTestCore()
  usb = await plugUsb('fresh-header-usb-')
  await t.ok('setup.begin', villageInput())
  // Setup refuses such a name now; one restored from an old backup is still in the store.
  const profile = t.core.store.get('village', 'profile')!
  await t.core.store.commit({
    actor: null,
    action: 'test.old-data',
    entity: 'village',
    id: 'profile',
    puts: [{ coll: 'village', id: 'profile', value: { ...profile, name: '新河村13812345678' } }],
  })
  await t.ok('backup.newRecoveryCode', {})
  const made = await t.ok('backup.create', { targetDir: usb })
  expect(made.villageName).toBe('新河村138****5678')
  const onStick = await readFile(made.path)
  expect(onStick.includes(Buffer.from('13812345678'))).toBe(false)
  const listed = await t.ok('backup.list', { dir: usb })
  expect(listed.archives.map((a) => a.villageName)).toEqual(['新河村138****5678'])
})
