/**
 * A notice signed before its first day is not on the kiosk yet, but its package goes to the
 * township at signing: it must carry the notice (a package is never written again later).
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { decodePackage } from '../../../../../electron/core/township/package-format'
import { signingVillage, type SigningVillage } from './village'

let v: SigningVillage
beforeAll(async () => {
  v = await signingVillage()
  await v.core.invoke('auth.login', { name: '杨雪梅', password: '111111' }, 'clerk')
  await v.core.invoke('auth.login', { name: '高志强', password: '222222' }, 'sup')
}, 30_000)
afterAll(async () => v.close())

async function must(method: string, input: unknown, caller: string): Promise<{ id: string }> {
  const r = await v.core.invoke(method, input, caller)
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
  return r.data as { id: string }
}

it('a notice published ahead of its first day still reaches the township package', async () => {
  const n = await must(
    'notices.save',
    {
      kind: 'notice',
      title: '关于十二月停水的通知',
      body: '12月1日停水一天。',
      validFrom: '2026-12-01',
      validTo: '2026-12-25',
    },
    'clerk',
  )
  await must('notices.submit', { id: n.id }, 'clerk')
  await must('notices.publish', { id: n.id }, 'sup')
  const names = (await readdir(v.outbox)).filter((x) => x.endsWith('.json')).sort()
  const d = decodePackage(await readFile(join(v.outbox, names.at(-1)!)))
  if (!d.ok) throw new Error(d.message)
  expect(d.pkg.action).toBe('notices.publish')
  expect(d.pkg.records.length).toBe(1)
  expect(d.pkg.records[0]).toMatchObject({
    method: 'notices.get',
    input: { id: n.id },
    view: { id: n.id, title: '关于十二月停水的通知', body: '12月1日停水一天。' },
  })
})

it('the kiosk itself answers that notice like an unknown id until its first day', async () => {
  const n = await must(
    'notices.save',
    {
      kind: 'notice',
      title: '关于十二月停电的通知',
      body: '12月3日停电半天。',
      validFrom: '2026-12-03',
      validTo: '2026-12-25',
    },
    'clerk',
  )
  await must('notices.submit', { id: n.id }, 'clerk')
  await must('notices.publish', { id: n.id }, 'sup')
  const asked = await v.core.invoke('notices.get', { id: n.id }, 'villager')
  const unknown = await v.core.invoke(
    'notices.get',
    { id: '00000000-0000-4000-8000-000000000000' },
    'villager',
  )
  expect(asked.ok).toBe(false)
  expect(asked).toEqual(unknown)
  // A signed-in cadre at the kiosk's public screen is told the same: it is the public screen.
  expect(await v.core.invoke('notices.get', { id: n.id }, 'sup')).toEqual(unknown)
  // 00:00 on 3 December in the village.
  v.setNow('2026-12-02T16:00:00.000Z')
  const shown = await v.core.invoke('notices.get', { id: n.id }, 'villager')
  expect(shown).toMatchObject({ ok: true, data: { title: '关于十二月停电的通知' } })
})
