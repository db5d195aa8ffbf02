/**
 * 导出给乡镇 names the village's folder on the stick after the village, as the public screen
 * shows it: a name kept from before any check (an old backup restored) with a phone in it is
 * masked on the kiosk, and a stick picked up by anyone must not carry it whole either.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { openCore, type Core } from '../../../../../electron/core/core'
import { plugUsb, testDrives } from '../../../fakes/drives'
import { publishMonth } from './village'

let root = ''
let usb = ''
let core: Core | null = null
afterEach(async () => {
  await core?.close()
  core = null
  await rm(root, { recursive: true, force: true })
  await rm(usb, { recursive: true, force: true })
})

it("the village's folder on the stick holds a phone in its name masked", async () => {
  root = await mkdtemp(join(tmpdir(), 'township-folder-name-'))
  usb = await plugUsb()
  const dir = join(root, 'data')
  core = await openCore({
    dir,
    demo: true,
    demoYears: 1,
    now: () => new Date('2026-11-25T01:30:00.000Z'),
    signing: { keyDir: join(root, 'keys'), outbox: join(root, 'outbox') },
    drives: testDrives(dir),
  })
  const profile = core.store.get('village', 'profile')!
  await core.store.commit({
    actor: null,
    action: 'test.old-data',
    entity: 'village',
    id: 'profile',
    puts: [{ coll: 'village', id: 'profile', value: { ...profile, name: '联盟村13812345678' } }],
  })
  await publishMonth(core, '2026-10', { summary: '十月办公用品' })
  await core.invoke('auth.login', { name: '张德明', password: '333333' }, 'admin')
  const r = await core.invoke('township.export', { dir: usb }, 'admin')
  expect(r.ok).toBe(true)
  const [folder] = await readdir(usb)
  expect(folder).toMatch(/^联盟村138/)
  expect(folder!.replace(/[^\d]/g, '')).not.toContain('12345678')
  // The package inside names the village as the kiosk shows it, too.
  const [pkg] = (await readdir(join(usb, folder!))).filter((n) => n.endsWith('.json'))
  const text = await readFile(join(usb, folder!, pkg!), 'utf8')
  expect(text).toContain('联盟村138****5678')
  expect(text).not.toContain('13812345678')
}, 60_000)
