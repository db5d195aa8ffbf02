/**
 * A restore checks every collection's records against a schema (validate.ts) before anything is
 * swapped in, the villagers' questions (shown on the public 村务监督 board) included: a question
 * record the app could never write is refused instead of breaking the public screen. A kind of
 * record the program has no schema for cannot be checked, so an archive holding one is refused.
 */
import { describe, expect, it } from 'vitest'
import { createApi } from '../../../../../../../electron/core/api/create-api'
import type { Handlers } from '../../../../../../../electron/core/api/handlers'
import { SessionTable } from '../../../../../../../electron/core/api/sessions'
import { questionHandlers } from '../../../../../../../electron/core/services/questions'
import { eachDemoFolder } from './each-folder'
import type { CollectionName } from '../../../../../../../electron/core/store/types'
import { dataFilesOf, NOW } from './folder'

const t = eachDemoFolder(null)

describe('restore checks every kind of record', () => {
  it('a question record the app could not write is refused, not put on the public board', async () => {
    const good = t.f.store().all('questions')[0]
    expect(good).toBeDefined()
    // Answered, but the answer has no attachments list and its author is a bare string:
    // nothing core writes looks like this (cadre.ts always writes both).
    const bad = {
      ...good!,
      id: 'q-bad',
      receipt: '99999999',
      answer: { text: '已处理', by: 'x', at: NOW.toISOString() },
    }
    await t.f.store().commit({
      actor: null,
      action: 'test.bad',
      entity: 'questions',
      id: 'q-bad',
      puts: [{ coll: 'questions', id: 'q-bad', value: bad }],
    })
    await t.f.store().flush()
    const made = await t.backup()
    await t.f.store().commit({
      actor: null,
      action: 'test.fix',
      entity: 'questions',
      id: 'q-bad',
      puts: [{ coll: 'questions', id: 'q-bad', value: null }],
    })
    await t.f.store().flush()

    const outcome = await t.restore(made.path).then(
      () => 'restored',
      (e: Error) => e.message,
    )
    // What the restore let through is what the public board now shows:
    const store = t.f.store()
    const clock = () => new Date(NOW.getTime() + 120_000)
    const invoke = createApi({
      handlers: { ...questionHandlers } as unknown as Handlers,
      store,
      sessions: new SessionTable(clock, 3_600_000, 3_600_000),
      now: clock,
    })
    const board = await invoke('questions.public', {}, 'kiosk')
    expect({ outcome, boardOk: board.ok }).toEqual({
      outcome: expect.stringContaining('不符合记录格式'),
      boardOk: true,
    })
  })

  it('a kind of record the program does not know is refused, and nothing changes', async () => {
    await t.f.store().commit({
      actor: null,
      action: 'test.future',
      entity: 'gadgets',
      id: 'g-1',
      puts: [{ coll: 'gadgets' as CollectionName, id: 'g-1', value: { id: 'g-1' } }],
    })
    await t.f.store().flush()
    const made = await t.backup()
    await t.f.store().commit({
      actor: null,
      action: 'test.fix',
      entity: 'gadgets',
      id: 'g-1',
      puts: [{ coll: 'gadgets' as CollectionName, id: 'g-1', value: null }],
    })
    await t.f.store().flush()
    const before = await dataFilesOf(t.f.dataDir)
    const outcome = await t.restore(made.path).then(
      () => 'restored',
      (e: Error) => e.message,
    )
    expect(outcome).toContain('本程序不认识的一类记录（gadgets）')
    expect(await dataFilesOf(t.f.dataDir)).toEqual(before)
  })
})
