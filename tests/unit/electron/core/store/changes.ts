/** A project saved through the store directly: the smallest change a store test can make. */
import type { Change } from '../../../../../electron/core/store'

export const project = (id: string, name: string): Change => ({
  actor: null,
  action: 'projects.save',
  entity: 'projects',
  id,
  puts: [{ coll: 'projects', id, value: { id, name } }],
})
