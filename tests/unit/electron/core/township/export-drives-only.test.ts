/**
 * 导出给乡镇 writes only onto a U 盘 (or the export folder), by the same rule as the in-app
 * browser: a typed path to a system folder, or a folder on the stick that links off it, is
 * refused in plain words and nothing is written there.
 */
import { mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { DRIVE_MSG } from '../../../../../contract'
import { openCore, type Core } from '../../../../../electron/core/core'
import { plugUsb, testDrives } from '../../../fakes/drives'
import { publishMonth } from './village'

let root = ''
let usb = ''
let core: Core | null = null
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'township-drives-only-'))
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
  await publishMonth(core, '2026-10', { summary: '十月办公用品' })
  await core.invoke('auth.login', { name: '张德明', password: '333333' }, 'admin')
})
afterEach(async () => {
  await core?.close()
  core = null
  await rm(root, { recursive: true, force: true })
  await rm(usb, { recursive: true, force: true })
})

const exportTo = (dir: string) => core!.invoke('township.export', { dir }, 'admin')

it('a folder off every drive is refused, nothing written there', async () => {
  const system = join(root, 'system')
  await mkdir(system)
  const r = await exportTo(system)
  expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  expect(r.ok ? '' : r.error.message).toContain('只能存到U盘')
  expect(await readdir(system)).toEqual([])
})

it('a folder on the stick that links off it is refused, nothing written where it leads', async () => {
  const system = join(root, 'system')
  await mkdir(system)
  await symlink(system, join(usb, '乡镇'))
  const r = await exportTo(join(usb, '乡镇'))
  expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  expect(await readdir(system)).toEqual([])
})

it('the data folder, though named, is refused', async () => {
  const r = await exportTo(join(root, 'data'))
  expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
})

it('a folder deleted since it was picked is said to be gone, and is not made again', async () => {
  const picked = join(usb, '乡镇')
  await mkdir(picked)
  await rm(picked, { recursive: true })
  const r = await exportTo(picked)
  expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: DRIVE_MSG.saveGone } })
  expect(await readdir(usb)).toEqual([])
})

it('a folder on the stick gets the village folder with the packages', async () => {
  const r = await exportTo(usb)
  if (!r.ok) throw new Error(r.error.message)
  const [folder] = await readdir(usb)
  expect(await readdir(join(usb, folder!))).toContain('00000001.json')
})

it('a village folder on the stick that links off it is refused, nothing written where it leads', async () => {
  // The first export names the village folder; a stick carried to another PC may come back
  // with that name as a link leading off it.
  const first = await exportTo(usb)
  if (!first.ok) throw new Error(first.error.message)
  const village = (first.data as { dir: string }).dir
  await rm(village, { recursive: true, force: true })
  const system = join(root, 'system')
  await mkdir(system)
  await symlink(system, village)
  const r = await exportTo(usb)
  expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  expect(await readdir(system)).toEqual([])
})
