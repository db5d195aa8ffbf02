/** Invents a whole, consistent demo village from a seed and a date; no clock, no randomness. */
import type {
  LedgerEntry,
  Matter,
  Member,
  Notice,
  PeriodSheet,
  Project,
  Settings,
  VillageProfile,
} from '../../../contract'
import { demoLedger } from './ledger'
import { demoMatters } from './matters'
import { demoCast, demoProfile, demoSettings } from './members'
import { demoNotices } from './notices'
import { demoProjects } from './projects'
import { createRng } from './rng'
import { demoSections, type DemoSections } from './sections'
import { lastClosedMonth } from './dates'

/** What the generator is asked for; same seed and today always give the same village. */
export interface DemoOptions {
  seed: number | string
  /** Years of ledger, ending with the quarter before today (default 3). */
  years?: number
  /** Multiplies the everyday vouchers per month (default 1, about 38 vouchers a month). */
  scale?: number
  /** The village's today as an ISO date; nothing is dated after it. */
  today: string
}

/** Every record of the demo village, ready to be committed to an empty store. */
export interface DemoVillage extends Omit<DemoSections, 'extraMatters'> {
  profile: VillageProfile
  settings: Settings
  members: Member[]
  ledger: LedgerEntry[]
  sheets: PeriodSheet[]
  projects: Project[]
  matters: Matter[]
  notices: Notice[]
}

/** Builds the demo village; each part draws from its own seeded stream so parts stay stable. */
export function generateDemoVillage(opts: DemoOptions): DemoVillage {
  const { seed, today } = opts
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today))
    throw new RangeError(`demo: today 应为 ISO 日期，收到 ${today}`)
  const years = opts.years ?? 3
  const scale = opts.scale ?? 1
  if (!(years > 0) || !(scale >= 0)) throw new RangeError('demo: years 必须大于零，scale 不能为负')
  const stream = (part: string) => createRng(`${seed}/${part}`)
  const people = stream('people')
  const profile = demoProfile(people)
  const cast = demoCast(people)
  const closed = lastClosedMonth(today)
  const end = new Date(Date.UTC(closed.year, closed.month, 0)).toISOString().slice(0, 10)
  const works = demoProjects(stream('projects'), cast, end, profile.groups)
  const books = demoLedger(stream('ledger'), cast, works.payments, {
    years,
    scale,
    today,
    groups: profile.groups,
  })
  const matters = demoMatters(stream('matters'), cast, works.approvals, end)
  const { extraMatters, ...sections } = demoSections({
    stream,
    cast,
    today,
    end,
    profile,
    matters,
    projects: works.projects,
    ledger: books.entries,
  })
  return {
    ...sections,
    profile,
    settings: demoSettings(),
    members: cast.members,
    ledger: books.entries,
    sheets: books.sheets,
    projects: works.projects,
    matters: [...matters, ...extraMatters],
    notices: demoNotices(stream('notices'), cast, today, profile.groups),
  }
}
