/**
 * Hostile: a caller that skips the screens and asks core straight away to delete published
 * records (a current budget line, the version a correction replaced, a published notice) is
 * refused, and not one byte of the data folder changes: no journal line, no document rewritten.
 * The same for a clerk deleting another clerk's draft. Run on a real core over a temp folder, as
 * the kiosk keeps its data.
 */
import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { chooseOwnPin, staffedCore, type TestCore } from '../auth/helpers'

let t: TestCore
beforeEach(async () => {
  t = await staffedCore()
  await t.ok('auth.login', { name: '李秀英', password: '417395' }, 'clerk')
  await t.ok('auth.login', { name: '陈立平', password: '528406' }, 'sup')
})
afterEach(async () => {
  await t.close()
})

/** Every file under the data folder and the sha256 of its bytes. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = join(d, e.name)
      if (e.isDirectory()) await walk(p)
      else
        out[relative(dir, p)] = createHash('sha256')
          .update(await readFile(p))
          .digest('hex')
    }
  }
  await walk(dir)
  return out
}

it('budget.remove / notices.remove on published ids: refused, and the data folder is byte-for-byte the same', async () => {
  const line = {
    year: 2026,
    direction: 'expense' as const,
    category: 'expense' as const,
    plannedFen: 1_000_000,
  }
  const d = await t.ok('budget.save', line, 'clerk')
  await t.ok('budget.submit', { id: d.id }, 'clerk')
  const first = await t.ok('budget.publish', { id: d.id }, 'sup')
  const fix = await t.ok(
    'budget.correct',
    { ...line, plannedFen: 1_100_000, id: first.id, reason: '金额录错' },
    'clerk',
  )
  await t.ok('budget.submit', { id: fix.id }, 'clerk')
  const current = await t.ok('budget.publish', { id: fix.id }, 'sup')
  const notice = await t.ok(
    'notices.save',
    { kind: 'notice', title: '停水通知', body: '周五停水', validFrom: '2026-11-25' },
    'clerk',
  )
  await t.ok('notices.submit', { id: notice.id }, 'clerk')
  await t.ok('notices.publish', { id: notice.id }, 'sup')

  // Documents are written a moment after their journal line: take the snapshot once they are.
  await t.core.store.flush()
  const seq = t.seq()
  const files = await snapshot(t.dir)
  const targets: [string, string][] = [
    ['budget.remove', current.id],
    ['budget.remove', first.id],
    ['notices.remove', notice.id],
  ]
  for (const caller of ['clerk', 'win']) {
    for (const [method, id] of targets) {
      const r = await t.core.invoke(method, { id }, caller)
      expect(r.ok, `${method} ${id} by ${caller}`).toBe(false)
      if (r.ok) continue
      expect(r.error.code).toBe('CONFLICT')
      expect(r.error.message).toMatch(/已经公开.*更正/)
    }
  }
  expect(t.seq()).toBe(seq)
  await t.core.store.flush()
  expect(await snapshot(t.dir)).toEqual(files)

  // After a restart the records are still there, published, as the kiosk shows them.
  await t.reopen()
  const plan = await t.ok('finance.budget', { year: 2026 })
  expect(JSON.stringify(plan)).toContain(current.id)
  expect((await t.ok('notices.get', { id: notice.id })).id).toBe(notice.id)
})

it("notices.remove / budget.remove of another clerk's draft: refused, the data folder byte-for-byte the same", async () => {
  await t.ok('auth.saveUser', { name: '赵明', role: 'clerk', password: '442918' })
  await chooseOwnPin(t, '赵明', '442918', '442917')
  await t.ok('auth.login', { name: '赵明', password: '442917' }, 'clerk2')
  const notice = await t.ok(
    'notices.save',
    { kind: 'notice', title: '停水通知', body: '周五停水', validFrom: '2026-11-25' },
    'clerk',
  )
  const line = await t.ok(
    'budget.save',
    { year: 2026, direction: 'expense', category: 'expense', plannedFen: 1_000_000 },
    'clerk',
  )
  await t.core.store.flush()
  const seq = t.seq()
  const files = await snapshot(t.dir)
  for (const [method, id] of [
    ['notices.remove', notice.id],
    ['budget.remove', line.id],
  ] as const) {
    const r = await t.core.invoke(method, { id }, 'clerk2')
    expect(r.ok, `${method} by another clerk`).toBe(false)
    if (r.ok) continue
    expect(r.error.code).toBe('FORBIDDEN')
    expect(r.error.message).toContain('只有李秀英本人或管理员才能删除')
  }
  expect(t.seq()).toBe(seq)
  await t.core.store.flush()
  expect(await snapshot(t.dir)).toEqual(files)
  await t.reopen()
  await t.ok('auth.login', { name: '李秀英', password: '417395' }, 'clerk')
  const drafts = await t.ok('notices.drafts', {}, 'clerk')
  expect(drafts.map((n) => n.id)).toContain(notice.id)
})
