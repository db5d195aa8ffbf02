/**
 * The fixed lists and patterns the records use (kinds, stages, statuses), without zod: public
 * screens show them, and the schema library stays off those screens. The schemas build on them.
 */

export const STAGES = ['立项', '招标', '施工', '验收', '结算'] as const

export const MEETING_KINDS = ['党员大会', '村民代表会议', '村民议事会', '党员固定学习日'] as const

export const SPECIAL_KINDS = [
  '征地补偿',
  '工程招投标',
  '工程决算',
  '一事一议',
  '集体资产租赁',
] as const

export const DEBT_KINDS = ['应收', '应付', '借入'] as const

/** 质询 asks for an explanation, 建议 proposes, 求助 asks for help. */
export const QUESTION_TYPES = ['质询', '建议', '求助'] as const

/** The only reasons a question may be kept off the public page (the page counts each). */
export const WITHHOLD_REASONS = ['含个人隐私', '重复', '与村务无关'] as const

/** A villager's verdict on an answer, given once. */
export const FEEDBACK_VALUES = ['满意', '不满意'] as const

/** Published items a question may be about (a question from 村务监督 is about nothing in particular). */
export const ABOUT_SECTIONS = ['finance', 'projects', 'matters', 'notices'] as const

/** Where a status is shown publicly: waiting, answered, or past its deadline unanswered. */
export const QUESTION_STATUSES = ['待答复', '已答复', '已逾期'] as const

export const BODIES = ['party', 'committee', 'supervision'] as const

/** 四议两公开: the six steps, in order. */
export const STEP_NAMES = [
  '党支部会提议',
  '两委会商议',
  '党员大会审议',
  '村民代表会议决议',
  '决议公开',
  '实施结果公开',
] as const

export const ATTACHMENT_NAME = /^[a-f0-9]{64}\.(jpg|png|webp|pdf)$/
