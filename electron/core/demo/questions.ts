/**
 * The demo village's villager questions, so 村务监督 shows every state from the first start:
 * answered (rated both ways, one late), waiting, overdue, withheld, and one with a masked number.
 */
import type { Member, PersonRef, QuestionAbout } from '../../../contract'
import { ledgerTitle } from '../services/questions/about'
import { dueDay, villageDay } from '../services/questions/deadline'
import { maskPersonalNumbers } from '../services/questions/mask-numbers'
import type { QuestionRecord } from '../services/questions/types'
import type { Change } from '../store/types'
import { addDays, stamp } from './dates'
import { createRng } from './rng'
import type { DemoVillage } from './village'

interface Plan {
  type: QuestionRecord['type']
  text: string
  about?: QuestionAbout
  /** Days before today it was asked; the hour is Beijing time. */
  ago: number
  hour: number
  name?: string
  phone?: string
  answer?: { ago: number; text: string; feedback?: QuestionRecord['feedback'] }
  withheld?: {
    ago: number
    reason: NonNullable<QuestionRecord['withheld']>['reason']
    /** For 重复: the plan (by its place in the list) of the public question it repeats. */
    duplicateOf?: number
  }
}

const ref = (m: Member | undefined): PersonRef => ({ id: m?.id ?? 'demo', name: m?.name ?? '' })

/** What the demo's published records offer to ask about (the newest published items). */
function subjects(v: DemoVillage): {
  project?: QuestionAbout
  entry?: QuestionAbout
  notice?: QuestionAbout
} {
  const published = new Set(v.sheets.filter((s) => s.status === 'published').map((s) => s.key))
  const entry = v.ledger
    .filter((e) => published.has(e.period) && e.direction === 'expense' && !e.supersededBy)
    .sort((a, b) => b.amountFen - a.amountFen)[0]
  const project = v.projects.find((p) => p.status === 'published' && !p.supersededBy)
  const live = v.notices.filter((n) => n.status === 'published' && !n.supersededBy)
  const notice = live.find((n) => n.kind === 'gongshi') ?? live[0]
  return {
    ...(project ? { project: { section: 'projects', id: project.id, title: project.name } } : {}),
    ...(entry ? { entry: { section: 'finance', id: entry.id, title: ledgerTitle(entry) } } : {}),
    ...(notice ? { notice: { section: 'notices', id: notice.id, title: notice.title } } : {}),
  }
}

function plans(v: DemoVillage, dueDays: number): Plan[] {
  const { project, entry, notice } = subjects(v)
  return [
    {
      type: '质询',
      text: '这条路什么时候能修好？现在下雨天很难走。',
      about: project,
      ago: 20,
      hour: 9,
      answer: {
        ago: 16,
        text: '已完成路基，计划下月铺设路面，完工后在此公示验收结果。',
        feedback: '满意',
      },
    },
    {
      type: '质询',
      text: '这笔钱为什么这么多？能不能把明细贴出来？',
      about: entry,
      ago: dueDays + 6,
      hour: 15,
      name: '陈桂兰',
      phone: '13912345678',
      answer: {
        ago: 2,
        text: '这是工程进度款，按合同分三次支付，凭证照片已附在这一笔下面。',
        feedback: '不满意',
      },
    },
    {
      type: '求助',
      text: '家里老人行动不便，想申请临时救助，需要带什么材料？',
      ago: dueDays + 3,
      hour: 10,
    },
    {
      type: '建议',
      text: '建议在村部门口装一盏路灯，晚上开会回家太黑。有事可以打我电话13812345678',
      ago: 3,
      hour: 19,
      name: '周建华',
      phone: '13812345678',
    },
    {
      type: '质询',
      text: '公示的名单我有疑问，想问问评定的标准。',
      about: notice,
      ago: 1,
      hour: 11,
    },
    {
      type: '建议',
      text: '垃圾桶能不能每天清一次？夏天味道很大。',
      ago: 8,
      hour: 16,
      answer: { ago: 5, text: '已和保洁员商定，从下周起每天早上清运一次。' },
    },
    {
      type: '质询',
      text: '这条路什么时候能修好？',
      about: project,
      ago: 6,
      hour: 8,
      withheld: { ago: 5, reason: '重复', duplicateOf: 0 },
    },
  ]
}

/** The demo questions as one demo.load change; ids and receipts come from the seed. */
export function demoQuestionsChange(seed: number | string, v: DemoVillage, now: Date): Change {
  const rng = createRng(`${seed}/questions`)
  const today = villageDay(now)
  const clerk = ref(v.members.find((m) => m.title.includes('报账员')))
  const supervisor = ref(v.members.find((m) => m.body === 'supervision'))
  const dueDays = v.settings.questionDueDays
  const at = (ago: number, hour: number) => stamp(addDays(today, -ago), hour)
  const taken = new Set<string>()
  const receipt = (): string => {
    const r = String(rng.int(10_000_000, 99_999_999))
    return taken.has(r) ? receipt() : (taken.add(r), r)
  }
  const list = plans(v, dueDays)
  const questions = list.map((p): QuestionRecord => {
    const submittedAt = at(p.ago, p.hour)
    const masked = maskPersonalNumbers(p.text)
    return {
      id: rng.uuid(),
      receipt: receipt(),
      type: p.type,
      text: masked.text,
      masked: masked.kinds.length > 0,
      ...(p.about ? { about: p.about } : {}),
      name: p.name ?? '',
      phone: p.phone ?? '',
      source: 'demo',
      submittedAt,
      dueAt: dueDay(submittedAt, dueDays),
      ...(p.answer
        ? { answer: { text: p.answer.text, attachments: [], by: clerk, at: at(p.answer.ago, 16) } }
        : {}),
      ...(p.answer?.feedback
        ? { feedback: p.answer.feedback, feedbackAt: at(p.answer.ago - 1, 10) }
        : {}),
      ...(p.withheld
        ? { withheld: { reason: p.withheld.reason, by: supervisor, at: at(p.withheld.ago, 9) } }
        : {}),
    }
  })
  // A 重复 names the public question it repeats (ids drawn in the same order as before).
  list.forEach((p, i) => {
    const repeats = p.withheld?.duplicateOf
    const w = questions[i]?.withheld
    if (w && repeats !== undefined) w.duplicateOf = questions[repeats]!.id
  })
  return {
    actor: null,
    action: 'demo.load',
    entity: 'questions',
    id: 'demo',
    puts: questions.map((q) => ({ coll: 'questions', id: q.id, value: q })),
  }
}
