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
})
