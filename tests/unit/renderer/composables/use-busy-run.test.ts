import { ref, shallowRef } from 'vue'
import { describe, expect, it } from 'vitest'
import { ApiProblem } from '../../../../renderer/src/api'
import { useBusyRun } from '../../../../renderer/src/composables/use-busy-run'

describe('useBusyRun (the save-to-USB screens and the backup and import stores)', () => {
  it('keeps buttons greyed while the work lasts and gives its result', async () => {
    const busy = ref(false)
    const problem = shallowRef<ApiProblem | null>(new ApiProblem('BAD_INPUT', '上次的错误'))
    const run = useBusyRun(busy, problem)
    let seenBusy = false
    const out = await run(async () => {
      seenBusy = busy.value
      return 7
    })
    expect({ out, seenBusy, after: busy.value, problem: problem.value }).toEqual({
      out: 7,
      seenBusy: true,
      after: false,
      problem: null,
    })
  })

  it('puts a failure where the screen shows it, gives null and lets the buttons go', async () => {
    const busy = ref(false)
    const problem = shallowRef<ApiProblem | null>(null)
    const run = useBusyRun(busy, problem)
    const out = await run(() => Promise.reject(new ApiProblem('NOT_FOUND', '没有找到这个文件夹')))
    expect(out).toBeNull()
    expect(busy.value).toBe(false)
    expect(problem.value?.code).toBe('NOT_FOUND')
    expect(problem.value?.userMessage).toBe('没有找到这个文件夹')
  })
})
