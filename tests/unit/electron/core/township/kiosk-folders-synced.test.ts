/**
 * The folders the kiosk side makes for its packages: the outbox on the first publish, the
 * village folder on a USB stick at the first export, and the folder the old packages are moved
 * into when the journal was replaced. Their files are synced, but a new folder is only there
 * after a power cut (or a stick pulled out) once its own entry in the folder above is synced
 * too; and packages moved into one only once that folder is synced after the move.
 */
import { mkdir, mkdtemp, readdir, rename, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, it, vi } from 'vitest'
import { openCore, type Core } from '../../../../../electron/core/core'
import { clearFsLog, syncedWith } from '../../../fakes/synced-fs'
import { publishMonth } from './village'

vi.mock('node:fs/promises', (original) =>
  import('../../../fakes/synced-fs').then((m) => m.recordingFs(original)),
)

let root = ''
let core: Core | null = null
afterEach(async () => {
  await core?.close()
  core = null
  if (root) await rm(root, { recursive: true, force: true })
  clearFsLog()
})

/** The demo village signing into `outbox`, its key in `root/keys`. */
const open = (dataDir: string, outbox: string) =>
  openCore({
    dir: dataDir,
    demo: true,
    demoYears: 1,
    now: () => new Date('2026-11-25T01:30:00.000Z'),
    signing: { keyDir: join(root, 'keys'), outbox },
    drives: { root: join(root, 'drives'), exportDir: join(root, 'export') },
  })

it('the outbox, made (two folders deep) at the first publish, has each new entry synced', async () => {
  root = await mkdtemp(join(tmpdir(), 'township-folders-'))
  const outbox = join(root, 'sync', 'outbox')
  core = await open(join(root, 'data'), outbox)
  await publishMonth(core, '2026-10', { summary: '十月办公用品' })
  expect(await readdir(outbox)).toContain('00000001.json')
  expect(syncedWith(join(root, 'sync'), 'outbox')).toBe(true)
  expect(syncedWith(root, 'sync')).toBe(true)
})

it('the village folder made on a USB stick at export has its entry on the stick synced', async () => {
  root = await mkdtemp(join(tmpdir(), 'township-folders-'))
  core = await open(join(root, 'data'), join(root, 'outbox'))
  await publishMonth(core, '2026-10', { summary: '十月办公用品' })
  const usb = join(root, 'drives', 'usb')
  await mkdir(usb, { recursive: true })
  await core.invoke('auth.login', { name: '张德明', password: '333333' }, 'admin')
  const r = await core.invoke('township.export', { dir: usb }, 'admin')
  if (!r.ok) throw new Error(r.error.message)
  const [folder] = await readdir(usb)
  expect(await readdir(join(usb, folder!))).toContain('00000001.json')
  expect(syncedWith(usb, folder!)).toBe(true)
})

it('the folder the old packages are moved into is synced in its parent and after the move', async () => {
  root = await mkdtemp(join(tmpdir(), 'township-folders-'))
  const outbox = join(root, 'outbox')
  core = await open(join(root, 'data'), outbox)
  await publishMonth(core, '2026-10', { summary: '演示时试着公开的账' })
  await core.close()
  await rename(join(root, 'data'), join(root, 'demo-data'))
  clearFsLog()
  core = await open(join(root, 'data'), outbox)
  await publishMonth(core, '2026-10', { summary: '本村正式的账' })
  const aside = (await readdir(root)).find((n) => n.startsWith('outbox-replaced-'))
  expect(await readdir(join(root, aside!))).toEqual(['00000001.json'])
  expect(syncedWith(root, aside!)).toBe(true)
  expect(syncedWith(join(root, aside!), '00000001.json')).toBe(true)
})
