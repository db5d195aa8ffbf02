/** The six demo works, one per stage, dated relative to the last closed ledger day. */
import type { Stage } from '../../../contract'

/** A dated step of a plan; offsets are days relative to the ledger's last day. */
export interface PlanMilestone {
  at: number
  title: string
  note: string
}

/** What a demo project looks like before names and money are drawn. */
export interface ProjectPlan {
  kind: 'road' | 'bridge' | 'lights' | 'river' | 'plaza' | 'irrigation'
  stage: Stage
  percent: number
  budgetYuan: [number, number]
  fundSource: string
  procurement: string
  hasContractor: boolean
  start?: number
  end?: number
  milestones: PlanMilestone[]
  /** Share of the budget and the day each instalment is paid. */
  payments: Array<{ share: number; at: number; label: string }>
  /** How far its 四议两公开 went (index of the last step), or null if none. */
  matterReached: number | null
}

const APPROVED = { title: '立项', note: '经四议两公开程序，村民代表会议表决通过立项' }

/** Plans covering every stage, so the progress screens show each one. */
export const PROJECT_PLANS: readonly ProjectPlan[] = [
  {
    kind: 'road',
    stage: '施工',
    percent: 60,
    budgetYuan: [800_000, 950_000],
    fundSource: '上级财政奖补资金、一事一议筹资',
    procurement: '公开招标',
    hasContractor: true,
    start: -120,
    end: 60,
    milestones: [
      { at: -220, ...APPROVED },
      { at: -170, title: '发布招标公告', note: '在东台市公共资源交易平台发布' },
      { at: -140, title: '中标结果公示', note: '公示期满无异议，签订施工合同' },
      { at: -120, title: '开工', note: '施工单位进场，设置安全警示标志' },
      { at: -40, title: '路基完成', note: '路基压实完成，监委会到场查看' },
    ],
    payments: [
      { share: 0.3, at: -110, label: '预付款' },
      { share: 0.3, at: -35, label: '进度款' },
    ],
    matterReached: 4,
  },
  {
    kind: 'bridge',
    stage: '结算',
    percent: 100,
    budgetYuan: [250_000, 320_000],
    fundSource: '县交通局农村危桥改造补助',
    procurement: '竞争性谈判',
    hasContractor: true,
    start: -420,
    end: -330,
    milestones: [
      { at: -560, ...APPROVED },
      { at: -470, title: '谈判结果公示', note: '三家单位参加竞争性谈判，公示三天' },
      { at: -420, title: '开工', note: '封闭交通，设置绕行指示' },
      { at: -330, title: '竣工验收', note: '镇建设办、村监委会共同验收合格' },
      { at: -230, title: '结算审计完成', note: '审定结算金额低于预算' },
    ],
    payments: [
      { share: 0.3, at: -415, label: '预付款' },
      { share: 0.4, at: -360, label: '进度款' },
      { share: 0.27, at: -220, label: '结算款' },
    ],
    matterReached: 5,
  },
  {
    kind: 'lights',
    stage: '验收',
    percent: 95,
    budgetYuan: [140_000, 170_000],
    fundSource: '村集体自有资金',
    procurement: '询价采购',
    hasContractor: true,
    start: -150,
    end: -20,
    milestones: [
      { at: -240, ...APPROVED },
      { at: -170, title: '询价结果公示', note: '三家供应商报价，最低价中选' },
      { at: -150, title: '开始安装', note: '沿主干道安装太阳能路灯' },
      { at: -20, title: '竣工验收', note: '全部路灯亮灯，待质保期满付尾款' },
    ],
    payments: [
      { share: 0.5, at: -140, label: '首付款' },
      { share: 0.4, at: -15, label: '验收款' },
    ],
    matterReached: 4,
  },
  {
    kind: 'river',
    stage: '招标',
    percent: 10,
    budgetYuan: [380_000, 450_000],
    fundSource: '市水务局河道疏浚专项资金',
    procurement: '公开招标',
    hasContractor: false,
    start: 30,
    milestones: [
      { at: -75, ...APPROVED },
      { at: -10, title: '发布招标公告', note: '报名截止后公开开标' },
    ],
    payments: [],
    matterReached: 4,
  },
  {
    kind: 'plaza',
    stage: '立项',
    percent: 5,
    budgetYuan: [550_000, 650_000],
    fundSource: '村集体自有资金、上级奖补资金（申请中）',
    procurement: '拟公开招标',
    hasContractor: false,
    milestones: [{ at: -30, ...APPROVED }],
    payments: [],
    matterReached: 3,
  },
  {
    kind: 'irrigation',
    stage: '施工',
    percent: 40,
    budgetYuan: [1_100_000, 1_300_000],
    fundSource: '高标准农田建设项目资金',
    procurement: '公开招标',
    hasContractor: true,
    start: -60,
    end: 90,
    milestones: [
      { at: -300, ...APPROVED },
      { at: -130, title: '发布招标公告', note: '由镇农业农村局统一组织招标' },
      { at: -100, title: '中标结果公示', note: '公示期满无异议' },
      { at: -60, title: '开工', note: '先行施工三组、四组渠道' },
    ],
    payments: [{ share: 0.3, at: -50, label: '预付款' }],
    matterReached: null,
  },
]
