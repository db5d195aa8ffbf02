/** Word lists for a plausible 苏北 village; invented names, so no real person is portrayed. */
import type { Rng } from './rng'

/** Common surnames around 盐城, weighted by repetition. */
export const SURNAMES = [
  '王',
  '王',
  '张',
  '张',
  '陈',
  '陈',
  '李',
  '周',
  '朱',
  '徐',
  '吴',
  '孙',
  '顾',
  '丁',
  '杨',
  '缪',
  '仇',
  '蒋',
  '沈',
  '季',
  '邵',
  '陆',
  '潘',
  '葛',
  '卢',
  '曹',
  '储',
  '高',
] as const

const GIVEN_MALE = [
  '建国',
  '卫东',
  '志强',
  '国华',
  '海军',
  '春生',
  '德明',
  '永兵',
  '晓峰',
  '红兵',
  '立新',
  '金山',
  '正林',
  '文斌',
  '加林',
  '长青',
  '广生',
  '宏伟',
  '俊',
  '勇',
  '斌',
  '涛',
  '明',
] as const
const GIVEN_FEMALE = [
  '秀英',
  '桂兰',
  '红梅',
  '丽华',
  '玉芳',
  '海燕',
  '春燕',
  '素琴',
  '小琴',
  '美华',
  '晓燕',
  '雪梅',
  '凤英',
  '月红',
  '静',
  '芳',
  '娟',
  '敏',
] as const

/** Invented 乡镇 and 村 names that sound like 东台 coastal plain places. */
export const TOWNSHIPS = ['沿河镇', '潮丰镇', '新垛镇', '金墩镇', '海坝镇'] as const
export const VILLAGES = ['新丰村', '永河村', '联盟村', '富民村', '顺港村', '三星村'] as const
export const RIVERS = ['东串场河', '小海河', '丰收河', '何垛河支流'] as const

/** A full person name; gender only shapes the given name. */
export function personName(rng: Rng, female = rng.chance(0.4)): string {
  return rng.pick(SURNAMES) + rng.pick(female ? GIVEN_FEMALE : GIVEN_MALE)
}

/** A mainland mobile number, stored for cadres and masked for the public. */
export function mobile(rng: Rng): string {
  const prefix = rng.pick(['138', '139', '151', '152', '158', '187', '182', '135', '181'])
  return prefix + String(rng.int(0, 99_999_999)).padStart(8, '0')
}

const FIRM_WORDS = ['宏达', '华建', '兴盛', '顺发', '恒泰', '鑫源', '永固', '东方'] as const

/** A construction firm registered in the county. */
export function contractor(rng: Rng): string {
  return `东台市${rng.pick(FIRM_WORDS)}${rng.pick(['建筑工程', '建设工程', '市政工程'])}有限公司`
}

/** Government and service counterparties by what they pay or are paid for. */
export const AGENCIES = {
  grant: ['镇财政所', '镇财政所', '东台市财政局', '东台市农业农村局', '县交通局', '市水务局'],
  utility: ['国网东台市供电公司', '中国移动东台分公司', '东台市自来水公司'],
  bank: ['江苏东台农村商业银行', '邮储银行东台支行'],
  shop: ['东台市惠民办公用品商行', '镇上永兴五金店', '苏果便利东台店', '东台市新华书店'],
  firm: ['东台市绿源农业科技有限公司', '东台市海韵服饰有限公司', '盐城金穗粮食合作社'],
  coop: ['鑫丰家庭农场', '绿野种植专业合作社', '兴农土地股份合作社', '顾氏水产养殖场'],
} as const

/** A 村民小组 label like 三组 for groups 1..20. */
export function groupName(n: number): string {
  const d = '一二三四五六七八九十'
  if (n <= 10) return `${d[n - 1]}组`
  if (n < 20) return `十${d[n - 11]}组`
  return `二十组`
}
