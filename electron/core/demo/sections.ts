/** The public sections' demo records (issue 3), each part from its own seeded stream. */
import type {
  Asset,
  BudgetLine,
  Debt,
  Distribution,
  Duty,
  LedgerEntry,
  Matter,
  Meeting,
  Project,
  Special,
  VillageProfile,
} from '../../../contract'
import { demoAssets } from './assets'
import { demoBudget } from './budget'
import { demoDebts } from './debts'
import { demoDistributions } from './distributions'
import { demoDuties } from './duties'
import { demoFailedVote } from './extra-matters'
import { demoMeetings } from './meetings'
import type { Cast } from './members'
import { PROJECT_PLANS } from './project-plans'
import type { Rng } from './rng'
import '../services/sections/store-types'
import type { Change, CollectionName } from '../store/types'
import { demoSpecials } from './specials'

/** What the other demo parts hand over: the people, the calendar, the works and the books. */
export interface SectionsInput {
  stream: (part: string) => Rng
  cast: Cast
  today: string
  /** Last day of the last closed quarter (the ledger's last day). */
  end: string
  profile: VillageProfile
  projects: Project[]
  ledger: LedgerEntry[]
  matters: Matter[]
}

/** The section records, plus matters to add to the 四议两公开 list. */
export interface DemoSections {
  budget: BudgetLine[]
  assets: Asset[]
  debts: Debt[]
  distributions: Distribution[]
  specials: Special[]
  meetings: Meeting[]
  duties: Duty[]
  extraMatters: Matter[]
}

const POND = '关于村集体鱼塘重新发包的事项'

function projectOf(projects: Project[], kind: (typeof PROJECT_PLANS)[number]['kind']): Project {
  const p = projects[PROJECT_PLANS.findIndex((plan) => plan.kind === kind)]
  if (!p) throw new RangeError(`demo: 缺少${kind}项目`)
  return p
}

/** Budget, registers, specials, meetings and duties consistent with the ledger and matters. */
export function demoSections(input: SectionsInput): DemoSections {
  const { stream, cast, today, end, profile, projects, ledger, matters } = input
  const road = projectOf(projects, 'road')
  const bridge = projectOf(projects, 'bridge')
  const river = projectOf(projects, 'river')
  const roadMatter = matters.find((m) => m.id === road.matterId)
  const pond = matters.find((m) => m.title === POND)
  const partyMembers = roadMatter?.steps[2]?.due ?? 70
  const representatives = roadMatter?.steps[3]?.due ?? 45
  const failed = demoFailedVote(stream('extra-matters'), cast, end, partyMembers, representatives)
  const withMeetings = [roadMatter, matters.find((m) => m.id === river.matterId), pond, failed]
  return {
    budget: demoBudget(stream('budget'), cast, ledger, today),
    assets: demoAssets(stream('assets'), cast, today),
    debts: demoDebts(stream('debts'), cast, today, road.contractor, road.budgetFen),
    distributions: demoDistributions(stream('distributions'), cast, ledger, profile, today),
    specials: demoSpecials(stream('specials'), cast, { road, bridge, pond }, today),
    meetings: demoMeetings(
      stream('meetings'),
      cast,
      withMeetings.filter((m): m is Matter => m !== undefined),
      today,
      partyMembers,
    ),
    duties: demoDuties(stream('duties'), cast, today),
    extraMatters: [failed],
  }
}

/** All section records as one demo.load change (they are small), after the matters and ledger. */
export function sectionsChange(v: Omit<DemoSections, 'extraMatters'>): Change {
  const puts: Change['puts'] = []
  const add = <C extends CollectionName>(coll: C, list: Array<{ id: string }>) => {
    for (const r of list) puts.push({ coll, id: r.id, value: r })
  }
  add('budget', v.budget)
  add('assets', v.assets)
  add('debts', v.debts)
  add('distributions', v.distributions)
  add('specials', v.specials)
  add('meetings', v.meetings)
  add('duties', v.duties)
  return { actor: null, action: 'demo.load', entity: 'sections', id: 'demo', puts }
}
