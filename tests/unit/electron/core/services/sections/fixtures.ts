/** Published section records for the sections' tests, built by hand so each fact is visible. */
import type { Matter, MatterStep, Notice, Publication } from '../../../../../../contract'
import { CLERK, SIGNER } from '../fixtures'

/** Workflow fields of a record signed on 2026-03-01 unless told otherwise. */
export function pub(over: Partial<Publication> = {}): Publication & { updatedAt: string } {
  return {
    status: 'published',
    version: 1,
    createdAt: '2026-02-28T01:00:00.000Z',
    createdBy: CLERK,
    publishedAt: '2026-03-01T01:00:00.000Z',
    publishedBy: SIGNER,
    updatedAt: '2026-03-01T01:00:00.000Z',
    ...over,
  }
}

/** One 四议两公开 step with counts. */
export function step(index: number, date: string, counts: Partial<MatterStep> = {}): MatterStep {
  return {
    index,
    date,
    due: 0,
    present: 0,
    votesFor: 0,
    votesAgainst: 0,
    abstain: 0,
    content: '',
    signatures: [],
    ...counts,
  }
}

/** A published matter with the given steps. */
export function matter(steps: MatterStep[], over: Partial<Matter> = {}): Matter {
  return { id: 'm-1', title: '关于修路的事项', summary: '', steps, ...pub(), ...over }
}

/** A published 公示 from 2026-11-23 to 2026-11-29 (seven days) with two masked rows. */
export function gongshi(over: Partial<Notice> = {}): Notice {
  return {
    id: 'n-1',
    kind: 'gongshi',
    title: '低保新增对象公示',
    body: '',
    pinned: false,
    validFrom: '2026-11-23',
    validTo: '2026-11-29',
    objection: '到村监委会反映',
    rows: [
      { maskedName: '张*明', group: '一组', reason: '因病', amountFen: 65_000 },
      { maskedName: '李*', group: '二组', reason: '独居', amountFen: 58_000 },
    ],
    ...pub(),
    ...over,
  }
}
