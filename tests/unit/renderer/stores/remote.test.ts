import { describe, expect, it } from 'vitest'
import { ApiProblem } from '../../../../renderer/src/api'
import { useRemote } from '../../../../renderer/src/stores/remote'
import { deferred } from '../../fakes/deferred'

describe('useRemote', () => {
  it('never lets a slow answer to an older request replace a newer one', async () => {
    const answers = new Map<string, ReturnType<typeof deferred<string>>>()
    const remote = useRemote((key: string) => {
      const d = deferred<string>()
      answers.set(key, d)
      return d.promise
    })
    const first = remote.load('2026-Q1')
    const second = remote.load('2026-Q2')
    answers.get('2026-Q2')!.resolve('Q2 sheet')
    await second
    answers.get('2026-Q1')!.resolve('Q1 sheet')
    await first
    expect(remote.data.value).toBe('Q2 sheet')
    expect(remote.loading.value).toBe(false)
  })

  it('keeps the last good data on screen when a refresh fails, and says why', async () => {
    let fail = false
    const remote = useRemote(async () => {
      if (fail) throw new ApiProblem('STORAGE', '数据文件暂时无法读取')
      return 42
    })
    await remote.load()
    fail = true
    await remote.load()
    expect(remote.data.value).toBe(42)
    expect(remote.error.value?.userMessage).toBe('数据文件暂时无法读取')
  })

  it('turns anything else thrown into an INTERNAL problem', async () => {
    const remote = useRemote(async () => {
      throw new TypeError('boom')
    })
    await remote.load()
    expect(remote.error.value?.code).toBe('INTERNAL')
  })
})
