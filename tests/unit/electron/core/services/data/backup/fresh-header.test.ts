/**
 * The sealed header of a backup says which village it is (the backup list, the new-machine
 * screen and the other-village check read it). Right after setup the village's documents are
 * still being written behind the journal: a backup made at once must still name the village.
 */
import { rm } from 'node:fs/promises'
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
