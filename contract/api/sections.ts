/** The public sections beyond 财务 sheets: read-only, published current records only. */
import { z } from 'zod'
import type { AssetsView } from '../schemas/assets'
import { BudgetYear, type BudgetView } from '../schemas/budget'
import { Id } from '../schemas/common'
import type { DebtsView } from '../schemas/debts'
import type { DistributionView } from '../schemas/distributions'
import type { DutyView } from '../schemas/duties'
import { MeetingKind, type MeetingView } from '../schemas/meetings'
import type { ProjectCard } from '../schemas/projects'
import { Stage } from '../schemas/projects'
import type { Freshness, SearchResult } from '../schemas/search'
import type {
  MatterView,
  NoticeListCard,
  NoticeLists,
  NoticeView,
  ProjectView,
} from '../schemas/section-views'
import { SpecialKind, type SpecialCard, type SpecialView } from '../schemas/specials'
import { PageWindow, type ListPage } from '../schemas/paging'
import { method, None } from './define'

const ById = z.object({ id: Id }).strict()

/** What a search box may send: 1–30 characters once trimmed. */
export const SearchQuery = z
  .string({ error: '请输入要查找的字' })
  .trim()
  .min(1, '请输入要查找的字')
  .max(30, '查找内容不能超过30个字')

export const sectionsApi = {
  /** Lists send one page (LIST_PAGE unless asked); filters and totals are over the whole set. */
  'projects.list': method(
    z.object({ stage: Stage.optional(), ...PageWindow }).strict(),
    'public',
  ).returns<ListPage<ProjectCard>>(),
  'projects.get': method(ById, 'public').returns<ProjectView>(),
  'matters.list': method(z.object(PageWindow).strict(), 'public').returns<ListPage<MatterView>>(),
  'matters.get': method(ById, 'public').returns<MatterView>(),
  'meetings.list': method(
    z.object({ kind: MeetingKind.optional(), ...PageWindow }).strict(),
    'public',
  ).returns<ListPage<MeetingView>>(),
  'meetings.get': method(ById, 'public').returns<MeetingView>(),
  /** The first page of the current and the archived notices, with both totals. */
  'notices.list': method(None, 'public').returns<NoticeLists>(),
  'notices.page': method(
    z.object({ part: z.enum(['current', 'archive']), ...PageWindow }).strict(),
    'public',
  ).returns<ListPage<NoticeListCard>>(),
  'notices.get': method(ById, 'public').returns<NoticeView>(),
  'finance.budget': method(
    z.object({ year: BudgetYear.optional() }).strict(),
    'public',
  ).returns<BudgetView>(),
  'finance.assets': method(None, 'public').returns<AssetsView>(),
  'finance.debts': method(None, 'public').returns<DebtsView>(),
  'finance.distributions': method(None, 'public').returns<DistributionView[]>(),
  'finance.specials': method(z.object({ kind: SpecialKind.optional() }).strict(), 'public').returns<
    SpecialCard[]
  >(),
  'finance.special': method(ById, 'public').returns<SpecialView>(),
  'people.duties': method(None, 'public').returns<DutyView[]>(),
  search: method(z.object({ q: SearchQuery }).strict(), 'public').returns<SearchResult>(),
  'kiosk.freshness': method(None, 'public').returns<Freshness>(),
} as const
