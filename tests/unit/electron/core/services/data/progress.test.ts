import { describe, expect, it } from 'vitest'
import { ProgressBoard } from '../../../../../../electron/core/services/data/progress'

describe('progress board', () => {
  it("shows the caller's current step while the work runs, and nothing after", async () => {
    const board = new ProgressBoard()
    const seen: unknown[] = []
    const result = await board.run('win-1', 'import', async (say) => {
      say('正在逐行检查', 500, 2000)
      seen.push(board.get('win-1'), board.get('win-2'))
      return 42
    })
    expect(result).toBe(42)
    expect(seen).toEqual([{ task: 'import', step: '正在逐行检查', done: 500, total: 2000 }, null])
    expect(board.get('win-1')).toBeNull()
  })

  it('clears the entry when the work fails', async () => {
    const board = new ProgressBoard()
    await expect(board.run('w', 'backup', () => Promise.reject(new Error('x')))).rejects.toThrow(
      'x',
    )
    expect(board.get('w')).toBeNull()
  })

  it('a page reloaded in the middle of the work still sees it (the screen’s task)', async () => {
    const board = new ProgressBoard()
    let seen: unknown = null
    await board.run('wc:4/0', 'backup', async (say) => {
      say('正在加密', 1, 4)
      seen = board.get('wc:4/1')
    })
    expect(seen).toEqual({ task: 'backup', step: '正在加密', done: 1, total: 4 })
  })
})
