/**
 * The bridge's share of a page load, measured inside the load itself. A call made while the
 * page is still starting waits far longer on the bridge (CDP and JSON through a busy Node) than
 * its null-call twin replayed on an idle page, so the home load is measured three ways in turn:
 * - real: core answers over the bridge;
 * - echo: the same answers, recorded from core in this run, sent back over the bridge by a
 *   binding that does no work (null calls of the same payload, at the same moments);
 * - direct: the same answers handed to the page as the next task, as Electron's IPC delivers a
 *   reply, with no transport at all.
 * echo − direct is the bridge's share of the load; real − that share is what Electron shows.
 */
import type { BrowserContext } from '@playwright/test'
import type { Core } from '../../electron/core/core'

/** Which way a load's calls are answered: picked by the page URL's `?bench=` (none: real). */
export type AnswerMode = 'echo' | 'direct'

type Answers = Record<string, unknown>
const keyOf = (method: unknown, input: unknown) => `${String(method)} ${JSON.stringify(input)}`

/** Page side (init script): in echo or direct mode, answers recorded calls without core. */
function answerFromRecord(answers: Answers): void {
  const mode = new URLSearchParams(location.search).get('bench')
  if (mode !== 'echo' && mode !== 'direct') return
  type Invoke = (m: unknown, i: unknown) => Promise<unknown>
  const w = window as unknown as { __villageInvoke: Invoke; __benchAnswer: Invoke }
  const real = w.__villageInvoke
  const nextTask = <T>(value: T) =>
    new Promise<T>((resolve) => {
      const ch = new MessageChannel()
      ch.port1.onmessage = () => resolve(value)
      ch.port2.postMessage(null)
    })
  w.__villageInvoke = (m, i) => {
    const key = `${String(m)} ${JSON.stringify(i)}`
    if (!(key in answers)) return real(m, i) // asked after the first screen: not measured
    if (mode === 'echo') return w.__benchAnswer(m, i)
    return nextTask(structuredClone(answers[key]))
  }
}

const installed = new WeakSet<BrowserContext>()

/**
 * Records core's answers during `load` (a real load of the page), then installs the echo
 * binding and the page script that answers from the record on `?bench=echo` / `?bench=direct`.
 */
export async function recordAnswers(
  context: BrowserContext,
  core: Core,
  load: () => Promise<unknown>,
): Promise<void> {
  // Once per browser context: the village does not change between the home's measurements.
  if (installed.has(context)) return
  installed.add(context)
  const answers: Answers = {}
  const invoke = core.invoke
  core.invoke = (async (method: string, input: unknown, caller: string) => {
    const r = await invoke.call(core, method, input, caller)
    if (caller.startsWith('page:')) answers[keyOf(method, input)] = r
    return r
  }) as Core['invoke']
  try {
    await load()
  } finally {
    core.invoke = invoke
  }
  await context.exposeBinding('__benchAnswer', (_s, m: unknown, i: unknown) => answers[keyOf(m, i)])
  await context.addInitScript(answerFromRecord, answers)
}
