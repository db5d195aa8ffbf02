/** The five year-round duties, each with a responsible member and a recent action. */
import { DUTY_NAMES } from '../../../contract'
import type { Duty } from '../../../contract'
import { addDays } from './dates'
import type { Cast } from './members'
import { publishedOn } from './published'
import type { Rng } from './rng'

/** 当前情况, what was done last, days ago, and the member (index in the cast) responsible. */
const DUTIES: Record<(typeof DUTY_NAMES)[number], [string, string, number, number]> = {
  冬季防火: [
    '进入冬季防火期，每周五组织一次巡查，重点看秸秆堆放点和独居老人家中用电。',
    '检查各组秸秆堆放点，更换村部灭火器4具。',
    3,
    6,
  ],
  夏季防台防汛: [
    '汛期已结束，防汛物资清点入库；沟渠疏通列入冬季农田水利计划。',
    '清点防汛物资：编织袋800只、救生衣30件、水泵2台。',
    50,
    3,
  ],
  绿化造林: [
    '冬季补植计划已报镇农业农村局，苗木到位后组织补植。',
    '在丰收河北堤补植水杉120棵。',
    20,
    2,
  ],
  环境整治: [
    '每月一次人居环境评比，本月评比正在进行。',
    '组织保洁队清理沟渠垃圾，拆除乱搭建2处。',
    8,
    6,
  ],
  文明创建: [
    '推进移风易俗，红白喜事简办标准已经村民议事会讨论。',
    '评选“星级文明户”36户并张榜公示。',
    12,
    1,
  ],
}

/** One record per duty, ordered as DUTY_NAMES lists them. */
export function demoDuties(rng: Rng, cast: Cast, today: string): Duty[] {
  return DUTY_NAMES.map((name, order): Duty => {
    const [statusText, lastAction, daysAgo, who] = DUTIES[name]
    const lastActionDate = addDays(today, -daysAgo)
    return {
      id: rng.uuid(),
      name,
      statusText,
      lastActionDate,
      lastAction,
      memberId: cast.members[who]!.id,
      order,
      ...publishedOn(rng, cast, lastActionDate, today),
    }
  })
}
