/**
 * What a restore carries over from the live data (villagers' questions, the 核验 lists) is taken
 * from the live journal, never from the data files: a restore is what clears away a record
 * edited into a file, so it must not journal that record afresh into the restored history.
 * Questions go into the same village's history (the same first entry), renamed or not.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { PersonRef } from '../../../../../../../contract'
import type { QuestionRecord } from '../../../../../../../electron/core/services/questions/types'
import { sha256Hex } from '../../../../../../../electron/core/store/canonical'
import { eachDemoFolder } from './each-folder'
import { NOW } from './folder'

const ADMIN: PersonRef = { id: 'u-admin', name: '王建国' }
const t = eachDemoFolder(ADMIN)

async function realVillage(name?: string): Promise<void> {
  const store = t.f.store()
  const profile = store.get('village', 'profile')!
  await store.commit({
    actor: ADMIN,
    action: 'village.save',
    entity: 'village',
    id: 'profile',
    puts: [
      {
        coll: 'village',
        id: 'profile',
        value: { ...profile, isDemo: false, ...(name ? { name } : {}) },
      },
    ],
  })
}

/** A question journaled as core would store it. */
async function ask(text: string): Promise<QuestionRecord> {
  const store = t.f.store()
  const q: QuestionRecord = {
    ...store.all('questions')[0]!,
    id: `q-${text.length}-${Date.now()}`,
    receipt: String(20_000_000 + store.all('questions').length),
    text,
    submittedAt: new Date(NOW.getTime() + 1_000).toISOString(),
  }
  delete q.answer
  delete q.withheld
  delete q.feedback
  await store.commit({
    actor: null,
    action: 'questions.submit',
    entity: 'questions',
    id: q.id,
    puts: [{ coll: 'questions', id: q.id, value: q }],
  })
  return q
}

/** Rewrites the questions' data file on disk (the store opens again over it). */
async function editQuestionsFile(edit: (doc: Record<string, QuestionRecord>) => void) {
  await t.f.hooks.swapStore(async () => {
    const path = join(t.f.dataDir, 'questions.json')
    // Re-sealed as the store writes it: the file's checksum is no key, anyone can recompute it.
    const doc = JSON.parse(await readFile(path, 'utf8')) as {
      seq: number
      data: { questions: Record<string, QuestionRecord> }
    }
    edit(doc.data.questions)
    const body = JSON.stringify(doc.data)
    await writeFile(
      path,
      `{"schemaVersion":1,"seq":${doc.seq},"sha256":"${sha256Hex(body)}","data":${body}}\n`,
    )
  })
}

describe('a restore carries what the journal says, not what a file says', () => {
  it('a question or answer edited into the data file does not enter the restored history', async () => {
    await realVillage()
    const older = await t.backup()
    const asked = await ask('村部门口的路灯为什么不亮？')
    await editQuestionsFile((qs) => {
      const q = qs[asked.id]!
      q.text = '（已改）路灯的事不用管了'
      q.answer = { text: '伪造的答复', attachments: [], by: ADMIN, at: NOW.toISOString() }
      qs['q-forged'] = { ...q, id: 'q-forged', receipt: '29999999', text: '伪造的提问' }
    })
    await t.restore(older.path)
    const after = t.f.store()
    expect(after.get('questions', asked.id)?.text).toBe('村部门口的路灯为什么不亮？')
    expect(after.get('questions', asked.id)?.answer).toBeUndefined()
    expect(after.get('questions', 'q-forged')).toBeUndefined()
    const journal = await readFile(join(t.f.dataDir, 'journal.jsonl'), 'utf8')
    expect(journal).not.toContain('伪造')
    expect(journal).not.toContain('（已改）')
  })

  it('a village renamed since its backup keeps its questions: it is the same history', async () => {
    await realVillage('东风村')
    const older = await t.backup()
    await realVillage('联盟村')
    const asked = await ask('三组的路什么时候修？')
    await t.restore(older.path)
    const after = t.f.store()
    expect(after.get('village', 'profile')?.name).toBe('东风村')
    expect(after.get('questions', asked.id)?.text).toBe('三组的路什么时候修？')
  })

  it('a question sent while the restore was under way is carried too', async () => {
    await realVillage()
    const older = await t.backup()
    // The villager taps 提交 after the restore has listed what to keep, before the data moves.
    const swap = t.f.hooks.swapStore.bind(t.f.hooks)
    let asked: QuestionRecord | undefined
    t.f.hooks.swapStore = async (move) => {
      asked = await ask('刚才提交的：村口的桥什么时候修？')
      return swap(move)
    }
    await t.restore(older.path)
    expect(asked).toBeDefined()
    expect(t.f.store().get('questions', asked!.id)?.text).toBe('刚才提交的：村口的桥什么时候修？')
  })
})
