/** Meetings with minutes: the matters' 党员大会 and 村民代表会议, 议事会 and 党员固定学习日. */
import type { Matter, Meeting, MeetingInput } from '../../../contract'
import { addDays, monthKey } from './dates'
import type { Cast } from './members'
import { publishedOn } from './published'
import type { Rng } from './rng'

type Draft = Omit<MeetingInput, 'place'> & { place?: string }

const HALL = '村部会议室'

/** The 党员大会 (step 3) and 村民代表会议 (step 4) of a matter, with the step's own counts. */
function fromMatter(m: Matter): Draft[] {
  const subject = m.title.replace(/^关于/, '').replace(/的事项$/, '')
  const out: Draft[] = []
  const party = m.steps.find((s) => s.index === 2)
  if (party) {
    const short = party.present * 3 < party.due * 2
    out.push({
      kind: '党员大会',
      date: party.date,
      topic: `审议${subject}`,
      due: party.due,
      present: party.present,
      minutes:
        `${party.content}表决结果：同意${party.votesFor}人，反对${party.votesAgainst}人，弃权${party.abstain}人。` +
        (short ? '会后监委会指出：本次到会人数不足应到党员的三分之二，按规定应重新召开。' : ''),
      matterId: m.id,
    })
  }
  const reps = m.steps.find((s) => s.index === 3)
  if (reps) {
    out.push({
      kind: '村民代表会议',
      date: reps.date,
      topic: `表决${subject}`,
      due: reps.due,
      present: reps.present,
      minutes: `${reps.content}表决结果：同意${reps.votesFor}人，反对${reps.votesAgainst}人，弃权${reps.abstain}人。`,
      matterId: m.id,
    })
  }
  return out
}

const STUDY = [
  [
    '学习《中国共产党农村基层组织工作条例》',
    '集中学习条例中关于村务公开和民主管理的规定，结合本村实际开展讨论。',
  ],
  ['学习村务公开和民主管理相关规定', '学习财务公开的八类内容和四议两公开程序，党员带头监督村务。'],
  ['开展党员联户志愿服务', '党员分组走访联系户，帮助独居老人打扫卫生、检查用电安全。'],
] as const

/** About twelve meetings: three matters' two meetings each, plus 议事会 and 学习日 near today. */
export function demoMeetings(
  rng: Rng,
  cast: Cast,
  matters: Matter[],
  today: string,
  partyMembers: number,
): Meeting[] {
  const drafts: Draft[] = matters.flatMap(fromMatter)
  drafts.push(
    {
      kind: '村民议事会',
      date: addDays(today, -75),
      topic: '五组修路筹资筹劳议事',
      place: '五组活动室',
      due: 15,
      present: 13,
      minutes:
        '议事会成员讨论五组组内道路硬化（修路）方案：每户筹资100元，不愿出资的可出工折抵；13人全部同意，方案按一事一议程序公示。',
    },
    {
      kind: '村民议事会',
      date: addDays(today, -40),
      topic: '修订村规民约中的环境卫生条款',
      due: 15,
      present: 12,
      minutes: '增加“门前三包”和垃圾分类的具体要求，修订稿提交村民代表会议审议。',
    },
    {
      kind: '村民议事会',
      date: addDays(today, -12),
      topic: '红白喜事简办标准',
      due: 15,
      present: 14,
      minutes: '议定酒席桌数、礼金上限的建议标准，由红白理事会宣传执行。',
    },
  )
  const year = Number(today.slice(0, 4))
  const month = Number(today.slice(5, 7)) - (today.slice(8) >= '15' ? 0 : 1)
  STUDY.forEach(([topic, minutes], k) => {
    const date = `${monthKey(year, month - k)}-15`
    const present = partyMembers - rng.int(4, 12)
    drafts.push({ kind: '党员固定学习日', date, topic, due: partyMembers, present, minutes })
  })
  return drafts.map((d): Meeting => ({
    id: rng.uuid(),
    ...d,
    place: d.place ?? HALL,
    ...publishedOn(rng, cast, addDays(d.date, 1), today),
  }))
}
