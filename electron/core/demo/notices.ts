/** Demo notices: 通知, 政策, 公示 lists with masked names; one pinned, one expired. */
import type { GongshiRow, Notice, NoticeInput } from '../../../contract'
import { maskName } from '../services/mask'
import { addDays, stamp } from './dates'
import type { Cast } from './members'
import { groupName, personName } from './names'
import type { Rng } from './rng'

const OBJECTION =
  '如有异议，请在公示期内到村部二楼村务监督委员会办公室当面反映（工作日8:30—17:00），也可书面向镇民政办反映。'

const HARDSHIP = [
  '家中主要劳动力因病丧失劳动能力',
  '独居老人，没有固定收入',
  '孩子在上学，家庭收入低于低保标准',
  '重度残疾，不能劳动',
  '突发重病，看病花费大，家庭困难',
] as const

type Draft = Pick<NoticeInput, 'kind' | 'title' | 'body'> & {
  from: number
  to?: number
  pinned?: boolean
  rows?: GongshiRow[]
}

function rows(rng: Rng, n: number, groups: number, reasons: readonly string[], fen: number[]) {
  return Array.from({ length: n }, (): GongshiRow => ({
    maskedName: maskName(personName(rng)),
    group: groupName(rng.int(1, groups)),
    reason: rng.pick(reasons),
    amountFen: rng.pick(fen),
  }))
}

/** Eight notices dated around today, so the kiosk shows current, pinned and expired ones. */
export function demoNotices(rng: Rng, cast: Cast, today: string, groups: number): Notice[] {
  const year = Number(today.slice(0, 4))
  const quarter = Math.ceil(Number(today.slice(5, 7)) / 3)
  const drafts: Draft[] = [
    {
      kind: 'notice',
      title: `关于缴纳${year}年度城乡居民医疗保险费的通知`,
      from: -10,
      to: 20,
      pinned: true,
      body: '请各户在截止日前到村部或通过手机银行缴纳城乡居民医保费，村报账员可以帮助代缴。',
    },
    {
      kind: 'policy',
      title: '耕地地力保护补贴政策问答',
      from: -40,
      body: '补贴按二轮承包面积发放，直接打到农户的一卡通，村里不经手现金。有疑问请找村委会副主任。',
    },
    {
      kind: 'gongshi',
      title: `${year}年第${'一二三四'[quarter - 1]}季度最低生活保障新增对象公示`,
      from: -2,
      to: 5,
      rows: rows(rng, rng.int(5, 8), groups, HARDSHIP, [58_000, 65_000, 72_000]),
      body: '经本人申请、入户调查和村民代表评议，拟新增以下对象享受最低生活保障。表中金额为每月保障金。',
    },
    {
      kind: 'gongshi',
      title: `${year - 1}年度临时救助对象公示`,
      from: -60,
      to: -53,
      rows: rows(rng, 4, groups, HARDSHIP, [100_000, 200_000, 300_000]),
      body: '以下家庭因突发困难申请临时救助，经审核拟给予一次性救助。',
    },
    {
      kind: 'notice',
      title: '关于做好秸秆禁烧和综合利用工作的通知',
      from: -25,
      to: 35,
      body: '严禁露天焚烧秸秆。村里统一联系机械粉碎还田，需要的农户到本组组长处登记。',
    },
    {
      kind: 'notice',
      title: '关于召开村民代表会议的通知',
      from: -5,
      to: 3,
      body: '定于本周五下午两点在村部会议室召开村民代表会议，审议文化广场建设方案，请各位代表准时参加。',
    },
    {
      kind: 'policy',
      title: '农村宅基地和建房审批办事指南',
      from: -120,
      body: '建房先申请、后审批、再开工。需要的材料：户口簿、申请表、四邻签字意见。村里初审后报镇审批。',
    },
    {
      kind: 'gongshi',
      title: `${year}年度高龄老人尊老金发放名单公示`,
      from: -4,
      to: 3,
      rows: rows(rng, rng.int(6, 10), groups, ['年满80周岁', '年满90周岁'], [5_000, 10_000]),
      body: '以下老人符合尊老金发放条件。表中金额为每月发放数。',
    },
  ]
  return drafts.map((d): Notice => {
    const validFrom = addDays(today, d.from)
    const publishedAt = stamp(validFrom, 8, 30)
    return {
      id: rng.uuid(),
      kind: d.kind,
      title: d.title,
      body: d.body,
      pinned: d.pinned ?? false,
      validFrom,
      ...(d.to === undefined ? {} : { validTo: addDays(today, d.to) }),
      objection: d.kind === 'gongshi' ? OBJECTION : '',
      rows: d.rows ?? [],
      status: 'published',
      version: 1,
      createdAt: stamp(addDays(validFrom, -1), 15),
      createdBy: cast.clerk,
      publishedAt,
      publishedBy: rng.pick(cast.supervisors),
      updatedAt: publishedAt,
    }
  })
}
