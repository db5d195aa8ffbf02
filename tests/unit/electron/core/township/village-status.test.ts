/**
 * The township's 四议两公开 warnings come from every public matter, not the kiosk's first page:
 * public lists are paged (50 at a time), so the status reads the list page by page.
 */
import { describe, expect, it } from 'vitest'
import type { Method } from '../../../../../contract'
import { villageStatus } from '../../../../../electron/core/township/views'

const matters = Array.from({ length: 230 }, (_, i) => ({
  title: `事项${i + 1}`,
  ruleChecks: i % 100 === 99 ? [`第${i + 1}项到会不足三分之二`] : [],
}))

async function read(method: Method, input: Record<string, unknown>): Promise<unknown> {
  if (method === 'settings.get') return { periodMode: 'month' }
  if (method === 'questions.public') return { questions: [] }
  if (method === 'matters.list') {
    const offset = (input.offset as number | undefined) ?? 0
    const limit = (input.limit as number | undefined) ?? 50
    return {
      items: matters.slice(offset, offset + limit),
      offset,
      total: matters.length,
      latest: null,
    }
  }
  throw new Error(`unexpected ${method}`)
}

describe('villageStatus', () => {
  it('warns of rule breaks on every page of the matters list', async () => {
    const status = await villageStatus(read)
    expect(status.matterWarnings.map((w) => w.title)).toEqual(['事项100', '事项200'])
    expect(status.matterWarnings[1]!.checks).toEqual(['第200项到会不足三分之二'])
  })
})
