/**
 * A village with more notices and meetings than one page holds, entered as cadres do: the
 * clerk saves and submits each record and the 监委 member publishes it, through core's API.
 */
import type { Core } from '../../../electron/core/core'
import { CLERK, SIGNER, logInStaff } from './hostile-api'

async function publish(core: Core, area: string, input: Record<string, unknown>): Promise<void> {
  const saved = await core.invoke(`${area}.save` as never, input as never, CLERK)
  if (!saved.ok) throw new Error(`${area}.save: ${saved.error.message}`)
  const id = (saved.data as { id: string }).id
  const submitted = await core.invoke(`${area}.submit` as never, { id } as never, CLERK)
  if (!submitted.ok) throw new Error(`${area}.submit: ${submitted.error.message}`)
  const published = await core.invoke(`${area}.publish` as never, { id } as never, SIGNER)
  if (!published.ok) throw new Error(`${area}.publish: ${published.error.message}`)
}

const day = (i: number) =>
  `2026-${String(1 + (i % 10)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`

/** Publishes `count` more 通知 in force today and `count` more 村民议事会 meetings. */
export async function addManyRecords(core: Core, count: number): Promise<void> {
  await logInStaff(core)
  for (let i = 0; i < count; i++) {
    await publish(core, 'notices', {
      kind: 'notice',
      title: `第${i + 1}号通知：冬季防火`,
      body: '请各户注意用火安全。',
      pinned: false,
      validFrom: day(i),
      objection: '',
      rows: [],
    })
    await publish(core, 'meetings', {
      kind: '村民议事会',
      date: day(i),
      topic: `第${i + 1}次议事：沟渠清理`,
      place: '村部会议室',
      due: 30,
      present: 25,
      minutes: '议定由各组轮流清理沟渠。',
    })
  }
}
