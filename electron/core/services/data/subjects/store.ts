/** The village's remembered 会计科目 answers: one record per subject, in its own small document. */
import type { LearnedSubject } from '../../../../../contract/schemas/subject-map'
import type { Store } from '../../../store/types'
import type { LearnedMap } from '../import/resolve'

declare module '../../../store/types' {
  interface Collections {
    subjects: LearnedSubject
  }
}

/** Every answer, for the import (by subject) and the mapping screen. */
export function learnedMap(store: Store): LearnedMap {
  return new Map(
    store.all('subjects').map((s) => [s.subject, { category: s.category, item: s.item }]),
  )
}
