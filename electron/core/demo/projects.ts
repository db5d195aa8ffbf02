/** Demo works with milestones, and the payments they cause in the ledger. */
import type { Milestone, Project } from '../../../contract'
import { addDays, stamp } from './dates'
import type { Cast } from './members'
import { contractor, groupName, RIVERS } from './names'
import { PROJECT_PLANS, type ProjectPlan } from './project-plans'
import type { Rng } from './rng'

/** A ledger line a project causes; ledger.ts files it in its period. */
export interface ProjectPayment {
  projectId: string
  date: string
  amountFen: number
  summary: string
  counterparty: string
}

/** A project's 四议两公开 matter, for matters.ts to write out. */
export interface Approval {
  matterId: string
  projectName: string
  summary: string
  /** Date the 村民代表会议 decided (step index 3). */
  decidedOn: string
  reached: number
  /** Date the result was published (step index 5), when reached. */
  resultOn: string
}

/** Everything the project generator hands on to the others. */
export interface DemoProjects {
  projects: Project[]
  payments: ProjectPayment[]
  approvals: Approval[]
}

function projectName(plan: ProjectPlan, rng: Rng, groups: number): [string, string] {
  const g1 = rng.int(1, Math.max(1, groups - 1))
  switch (plan.kind) {
    case 'road':
      // Villagers say 修路; the title carries both words so search finds it either way.
      return [`${groupName(g1)}至${groupName(g1 + 1)}修路工程（道路硬化）`, `${groupName(g1)}一带`]
    case 'bridge':
      return [`${groupName(g1)}危桥维修加固工程`, `${groupName(g1)}老河桥`]
    case 'lights':
      return ['村主干道太阳能路灯安装工程', '村主干道全线']
    case 'river': {
      const river = rng.pick(RIVERS)
      return [`${river}本村段河道清淤工程`, river]
    }
    case 'plaza':
      return ['村部文化广场建设工程', '村部东侧空地']
    case 'irrigation':
      return ['高标准农田灌溉渠道改造工程', '三组、四组、五组农田']
  }
}

const SUMMARIES: Record<ProjectPlan['kind'], string> = {
  road: '将原砂石路改为4.5米宽水泥路，方便群众出行和农产品运输。',
  bridge: '老桥桥面开裂、栏杆缺损，加固桥墩、更换桥面和护栏。',
  lights: '主干道安装太阳能路灯，解决夜间出行照明问题。',
  river: '清除河道淤泥，恢复引排水能力，改善农村人居环境。',
  plaza: '建设群众文体活动场地，配套健身器材和宣传栏。',
  irrigation: '改造老旧灌溉渠道，配套建设泵站和进水闸。',
}

/** Six projects across all stages, their payments and the matters that approved them. */
export function demoProjects(rng: Rng, cast: Cast, end: string, groups: number): DemoProjects {
  const out: DemoProjects = { projects: [], payments: [], approvals: [] }
  for (const plan of PROJECT_PLANS) {
    const id = rng.uuid()
    const [name, location] = projectName(plan, rng, groups)
    const budgetFen = rng.int(plan.budgetYuan[0] / 1000, plan.budgetYuan[1] / 1000) * 100_000
    const firm = plan.hasContractor ? contractor(rng) : ''
    const milestones: Milestone[] = plan.milestones.map((m) => ({
      id: rng.uuid(),
      date: addDays(end, m.at),
      title: m.title,
      note: m.note,
      photos: [],
    }))
    const first = milestones[0]!.date
    const last = milestones[milestones.length - 1]!.date
    let matterId: string | undefined
    if (plan.matterReached !== null) {
      matterId = rng.uuid()
      out.approvals.push({
        matterId,
        projectName: name,
        summary: SUMMARIES[plan.kind],
        decidedOn: first,
        reached: plan.matterReached,
        resultOn: addDays(last, 5),
      })
    }
    for (const p of plan.payments) {
      out.payments.push({
        projectId: id,
        date: addDays(end, p.at),
        amountFen: Math.round((budgetFen * p.share) / 100) * 100,
        summary: `支付${name}${p.label}`,
        counterparty: firm,
      })
    }
    const updatedAt = stamp(addDays(last, 1), 10)
    out.projects.push({
      id,
      name,
      stage: plan.stage,
      percent: plan.percent,
      budgetFen,
      fundSource: plan.fundSource,
      contractor: firm,
      procurement: plan.procurement,
      location,
      ...(plan.start === undefined ? {} : { startDate: addDays(end, plan.start) }),
      ...(plan.end === undefined ? {} : { endDate: addDays(end, plan.end) }),
      summary: SUMMARIES[plan.kind],
      ...(matterId ? { matterId } : {}),
      milestones,
      status: 'published',
      version: 1,
      createdAt: stamp(first, 9),
      createdBy: cast.clerk,
      publishedAt: updatedAt,
      publishedBy: rng.pick(cast.supervisors),
      updatedAt,
    })
  }
  return out
}
