import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter, type Router } from 'vue-router'
import { SECTIONS } from '../../../../renderer/src/sections'

type Fn = () => void

let frames: Fn[] = []
let idle: Fn[] = []
/** Runs the frames and idle moments queued so far, then the ones they queued, until none are left. */
async function settle(): Promise<void> {
  for (let i = 0; i < 100 && (frames.length > 0 || idle.length > 0); i++) {
    const now = frames.length > 0 ? frames.splice(0) : idle.splice(0, 1)
    for (const fn of now) fn()
    await new Promise((r) => setTimeout(r, 0))
  }
}

/** A router with the home and every section, each section's screen a counted lazy import. */
function sectionsRouter(): { router: Router; loads: Map<string, number> } {
  const loads = new Map<string, number>()
  const screen = { render: () => null }
  const routes = [
    { path: '/', name: 'home', component: screen },
    ...SECTIONS.map((s) => ({
      path: s.to,
      component: () => {
        loads.set(s.to, (loads.get(s.to) ?? 0) + 1)
        return Promise.resolve(screen)
      },
    })),
  ]
  return { router: createRouter({ history: createMemoryHistory(), routes }), loads }
}

// Frames and idle moments are run by hand; each test imports prefetch afresh (it runs once per start).
beforeEach(() => {
  frames = []
  idle = []
  vi.resetModules()
  vi.stubGlobal('requestAnimationFrame', (fn: Fn) => frames.push(fn))
  vi.stubGlobal('requestIdleCallback', (fn: Fn) => idle.push(fn))
})
afterEach(() => vi.unstubAllGlobals())

describe('the tiles’ screens are fetched while the home screen sits idle', () => {
  it('fetches every section once, one per idle moment, after the home has painted', async () => {
    const { router, loads } = sectionsRouter()
    await router.push('/')
    const { prefetchSections } = await import('../../../../renderer/src/router/prefetch')
    prefetchSections(router)
    expect(loads.size).toBe(0) // nothing before the first two frames
    frames.splice(0).forEach((fn) => fn())
    expect(loads.size).toBe(0)
    await settle()
    expect([...loads.keys()]).toEqual(SECTIONS.map((s) => s.to))
    expect([...loads.values()].every((n) => n === 1)).toBe(true)
  })

  it('fetches nothing while a tapped screen opens or is shown, and goes on after 返回', async () => {
    const { router, loads } = sectionsRouter()
    await router.push('/')
    const { prefetchSections } = await import('../../../../renderer/src/router/prefetch')
    prefetchSections(router)
    frames.splice(0).forEach((fn) => fn())
    frames.splice(0).forEach((fn) => fn())
    idle.splice(0, 1)[0]!() // the first idle moment: the first section's screen
    await new Promise((r) => setTimeout(r, 0))
    expect([...loads.keys()]).toEqual(['/finance'])

    // A villager taps 公示公告: its own screen loads; the idle moments meanwhile fetch nothing else.
    await router.push('/notices')
    await settle()
    expect([...loads.keys()].sort()).toEqual(['/finance', '/notices'])

    await router.push('/')
    await settle()
    expect([...loads.keys()].sort()).toEqual(SECTIONS.map((s) => s.to).sort())
    expect(loads.get('/notices')).toBe(1)
  })
})

describe('then each screen’s first answer, while the home screen still sits idle', () => {
  /** Two data steps that record when they run, with the screens loaded at that moment. */
  function answers(loads: Map<string, number>) {
    const ran: string[] = []
    const step = (name: string) => () => {
      ran.push(`${name} after ${loads.size} screens`)
      return Promise.resolve()
    }
    return { ran, data: () => Promise.resolve([step('finance'), step('projects')]) }
  }

  /** A router at home with prefetch started on it, and what its data steps and end record. */
  async function started() {
    const { router, loads } = sectionsRouter()
    await router.push('/')
    const { prefetchSections } = await import('../../../../renderer/src/router/prefetch')
    const { ran, data } = answers(loads)
    const state = { ran, router, done: false }
    void prefetchSections(router, data).then(() => (state.done = true))
    return state
  }

  it('asks after every screen’s code, one answer per idle moment, and then says it is done', async () => {
    const p = await started()
    const { ran } = p
    frames.splice(0).forEach((fn) => fn())
    frames.splice(0).forEach((fn) => fn())
    for (let i = 0; i < SECTIONS.length; i++) {
      idle.splice(0, 1)[0]!()
      await new Promise((r) => setTimeout(r, 0))
    }
    expect(ran).toEqual([])
    idle.splice(0, 1)[0]!() // the answers' own chunk
    await new Promise((r) => setTimeout(r, 0))
    expect(ran).toEqual([])
    idle.splice(0, 1)[0]!()
    await new Promise((r) => setTimeout(r, 0))
    expect(ran).toEqual([`finance after ${SECTIONS.length} screens`])
    expect(p.done).toBe(false)
    await settle()
    expect(ran).toHaveLength(2)
    expect(p.done).toBe(true)
  })

  it('asks nothing while the villager is on a screen, and goes on after 返回', async () => {
    const p = await started()
    await p.router.push('/finance')
    await settle()
    expect(p.ran).toEqual([])
    expect(p.done).toBe(false)
    await p.router.push('/')
    await settle()
    expect(p.ran).toHaveLength(2)
    expect(p.done).toBe(true)
  })

  it('goes on past a step that fails (the screen asks again when opened)', async () => {
    const { router } = sectionsRouter()
    await router.push('/')
    const { prefetchSections } = await import('../../../../renderer/src/router/prefetch')
    const ran: string[] = []
    const data = () =>
      Promise.resolve([
        () => Promise.reject(new Error('core 忙')),
        () => Promise.resolve(ran.push('second')),
      ])
    let done = false
    void prefetchSections(router, data).then(() => (done = true))
    await settle()
    expect(ran).toEqual(['second'])
    expect(done).toBe(true)
  })
})
