import { useFinanceSectionsStore } from './finance-sections'
import { useFreshnessStore } from './freshness'
import { useMattersStore } from './matters'
import { useMeetingsStore } from './meetings'
import { useNoticesStore } from './notices'
import { usePeopleStore } from './people'
import { useProjectsStore } from './projects'
import { useSearchStore } from './search'
import { useSettingsStore } from './settings'

/** The stores of the public sections, for the live refresh after core commits a change. */
export function sectionStores(): { refresh(): Promise<void> }[] {
  return [
    useSettingsStore(),
    useFreshnessStore(),
    useFinanceSectionsStore(),
    useProjectsStore(),
    useMattersStore(),
    useMeetingsStore(),
    useNoticesStore(),
    usePeopleStore(),
    useSearchStore(),
  ]
}
