/**
 * A start finishing a restore asks the journal, not only its head, whether the restored journal
 * is the live one: a start that could not record the restore (the disk full) still opened, and a
 * change saved in that session moved the head on. The restore is recorded all the same, once;
 * and never where the old journal is still the live one (an older backup of the same village
 * has the archive's head in it too).
 */
import { expect, it } from 'vitest'
import {
  recordRestore,
  type RestoreMarker,
} from '../../../../../../../electron/core/services/data/backup/restore-marker'
import type { Store } from '../../../../../../../electron/core/store/types'
import { eachDemoFolder } from './each-folder'
import { NOW } from './folder'

const t = eachDemoFolder(null)
const later = new Date(NOW.getTime() + 60_000)

async function note(store: Store, id: string) {
  await store.commit({
    actor: null,
    action: 'test.change',
    entity: 'notices',
    id,
    puts: [{ coll: 'notices', id, value: { id, title: id } }],
  })
}

type Head = { seq: number; hash: string }

function markerFor(old: Head, restored: Head): RestoreMarker {
  const oldHead = { seq: old.seq, hash: old.hash }
  const newHead = { seq: restored.seq, hash: restored.hash }
  const id = '20261125-093100'
  return {
    id,
    staging: `.restore-${id}`,
    replaced: `replaced-${id}`,
    actor: null,
    record: { at: later.toISOString(), actor: '', archive: 'a.cunwu', oldHead, newHead },
  }
}

it('records a restore whose journal took a change since, and only once', async () => {
  const store = t.f.store()
  const restored = store.head()
  // The old head was one entry further on; the change saved since lands on that number.
  const m = markerFor({ seq: restored.seq + 1, hash: 'f'.repeat(16) }, restored)
  await note(store, 'saved-since')
  await recordRestore(store, t.f.dataDir, m, later)
  expect(store.all('restores')).toEqual([m.record])
  await recordRestore(store, t.f.dataDir, m, later)
  expect(store.all('restores')).toHaveLength(1)
})

it('records nothing where the old journal, which begins with the archive, is still live', async () => {
  const store = t.f.store()
  const archived = store.head()
  await note(store, 'one')
  await note(store, 'two')
  const m = markerFor(store.head(), archived)
  await recordRestore(store, t.f.dataDir, m, later)
  expect(store.all('restores')).toEqual([])
})
