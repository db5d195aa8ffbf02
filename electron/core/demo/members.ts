/** The demo village's profile and its 两委 and 监委 members, the people every record names. */
import { DEFAULT_SETTINGS } from '../../../contract'
import type { Body, Member, PersonRef, Settings, VillageProfile } from '../../../contract'
import { mobile, personName, TOWNSHIPS, VILLAGES } from './names'
import type { Rng } from './rng'

/** Who signs, keeps the books and chairs meetings, for the other generators. */
export interface Cast {
  members: Member[]
  secretary: PersonRef
  clerk: PersonRef
  supervisors: PersonRef[]
  /** People who can be 经手人 on a voucher. */
  handlers: string[]
}

const HOURS = '周一至周五 8:30—11:30，14:00—17:00'
const ROLES: Array<[Body, string, string, boolean?]> = [
  ['party', '村党总支书记、村委会主任', '主持村党总支和村委会全面工作，分管财务审批', false],
  ['party', '村党总支副书记', '党建、宣传、精神文明建设，协助书记工作', false],
  ['party', '村党总支委员', '组织、党员教育管理、退役军人服务', false],
  ['committee', '村委会副主任', '农业生产、土地承包、项目建设、安全生产', false],
  ['committee', '村委会委员、妇联主席', '妇女儿童、计生服务、民政救助', true],
  ['committee', '村委会委员、报账员', '会计报账、村务公开资料整理、合作医疗', true],
  ['committee', '村委会委员', '治安调解、环境卫生、河长制', false],
  ['supervision', '村务监督委员会主任', '监督村务公开和财务收支，审核签字后公开', false],
  ['supervision', '村务监督委员会委员', '监督工程项目和集体资产资源管理', true],
  ['supervision', '村务监督委员会委员', '收集村民意见，跟踪质询答复', false],
]

/** A village profile marked isDemo, so the kiosk can say these are not real people. */
export function demoProfile(rng: Rng): VillageProfile {
  const groups = rng.int(12, 18)
  const households = groups * rng.int(60, 80)
  return {
    name: rng.pick(VILLAGES),
    township: rng.pick(TOWNSHIPS),
    county: '东台市',
    city: '盐城市',
    province: '江苏省',
    households,
    population: Math.round(households * (2.9 + rng.next() * 0.6)),
    groups,
    isDemo: true,
  }
}

/** Demo settings: monthly closing, since the last year is published month by month. */
export function demoSettings(): Settings {
  return { ...DEFAULT_SETTINGS, periodMode: 'month' }
}

/** Ten members with duties, office hours and (stored, never shown) phone numbers. */
export function demoCast(rng: Rng): Cast {
  const used = new Set<string>()
  const orderIn: Record<Body, number> = { party: 0, committee: 0, supervision: 0 }
  const members = ROLES.map(([body, title, duties, female]): Member => {
    let name = personName(rng, female)
    while (used.has(name)) name = personName(rng, female)
    used.add(name)
    return {
      id: rng.uuid(),
      name,
      body,
      title,
      duties,
      officeHours: body === 'supervision' ? '每周三上午在村部监委办公室' : HOURS,
      phone: mobile(rng),
      order: orderIn[body]++,
    }
  })
  const ref = (m: Member): PersonRef => ({ id: m.id, name: m.name })
  const at = (i: number) => members[i]!
  return {
    members,
    secretary: ref(at(0)),
    clerk: ref(at(5)),
    supervisors: members.filter((m) => m.body === 'supervision').map(ref),
    handlers: [at(0).name, at(3).name, at(5).name, at(6).name],
  }
}
