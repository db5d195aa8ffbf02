/**
 * What each home tile's screen asks for first, asked ahead while the home screen sits idle:
 * the same call the screen makes when it opens, so the store already holds the answer and the
 * first tap only has to draw (the screen still asks again, and shows the fresh answer).
 * A separate chunk: the home screen's own code does not grow by the section stores.
 */
import { useFinanceStore } from './finance'
import { useMattersStore } from './matters'
import { useMeetingsStore } from './meetings'
import { useNoticesStore } from './notices'
import { usePeopleStore } from './people'
import { useProjectsStore } from './projects'
import { useQuestionsStore } from './questions'
import { useVillageStore } from './village'

/** One first answer per tile, in the tiles' order; each step fetches one screen's data. */
export function sectionWarmers(): Array<() => Promise<unknown>> {
  return [
    () => useFinanceStore().openPeriod(null),
    () => useProjectsStore().openList(null),
    () => useMattersStore().loadList(),
    () => useNoticesStore().loadLists(),
    () => useMeetingsStore().openList(null),
    () => {
      const village = useVillageStore()
      return Promise.all([village.profile ? null : village.refresh(), usePeopleStore().load()])
    },
    () => {
      const questions = useQuestionsStore()
      return questions.show(questions.filter)
    },
  ]
}
