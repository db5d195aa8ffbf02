/** A real core on a temp folder with a movable clock, called the way a window calls it. */
import type { Input, Method, Output, Result, SetupInput } from '../../../../../../contract'
import { openCore, type Core } from '../../../../../../electron/core/core'
import { testDrives } from '../../../../fakes/drives'
import { removeTempDir, tempDir } from '../../../../temp-dir'

export const START = '2026-11-25T01:30:00.000Z'

/** One test's kiosk: the core, its folder, its clock and a caller key per "window". */
export interface TestCore {
  core: Core
  dir: string
  /** Moves the core's clock forward by ms. */
  advance(ms: number): void
  call<M extends Method>(method: M, input: Input<M>, caller?: string): Promise<Result<Output<M>>>
  /** Same, but fails the test on an error result. */
  ok<M extends Method>(method: M, input: Input<M>, caller?: string): Promise<Output<M>>
  seq(): number
  reopen(): Promise<void>
  close(): Promise<void>
}

/** Opens a core on a fresh temp folder (removed when the test ends); demo: a one-year demo village with its three accounts. */
export async function openTestCore(demo = false): Promise<TestCore> {
  const dir = tempDir('auth-test-')
  let now = Date.parse(START)
  const open = () =>
    openCore({ dir, demo, demoYears: 1, now: () => new Date(now), drives: testDrives(dir) })
  let core = await open()
  const t: TestCore = {
    get core() {
      return core
    },
    dir,
    advance: (ms) => void (now += ms),
    call: (method, input, caller = 'win') =>
      core.invoke(method, input, caller) as Promise<Result<Output<typeof method>>>,
    async ok(method, input, caller = 'win') {
      const r = await t.call(method, input, caller)
      if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`)
      return r.data
    },
    seq: () => core.store.head().seq,
    async reopen() {
      await core.close()
      core = await open()
    },
    async close() {
      await core.close()
      removeTempDir(dir)
    },
  }
  return t
}

/** A small real village for setup.begin. */
export function villageInput(over: Partial<SetupInput> = {}): SetupInput {
  return {
    village: { name: '新河村', township: '五烈镇', county: '东台市' },
    members: [
      { name: '王建国', body: 'party', title: '村党总支书记' },
      { name: '李秀英', body: 'committee', title: '村委会委员、报账员' },
      { name: '陈立平', body: 'supervision', title: '村务监督委员会主任' },
    ],
    admin: { name: '王建国', password: 'admin-pass-1' },
    ...over,
  }
}

/**
 * The owner of an account an admin made or reset logs in on a window of their own and chooses
 * their own PIN (`own`), as the kiosk makes them before anything else, then logs out.
 */
export async function chooseOwnPin(
  t: TestCore,
  name: string,
  given: string,
  own: string,
): Promise<void> {
  const caller = `own-${name}`
  await t.ok('auth.login', { name, password: given }, caller)
  await t.ok('auth.changePassword', { current: given, next: own }, caller)
  await t.ok('auth.logout', {}, caller)
}

/**
 * A set-up village with an admin (logged in as 'win'), a clerk (李秀英, 417395) and a
 * supervisor (陈立平, 528406), each having chosen their own PIN over the one the admin gave;
 * `ownPins: false` leaves both on those PINs as the admin set them (nothing journaled after).
 */
export async function staffedCore({ ownPins = true } = {}): Promise<TestCore> {
  const t = await openTestCore()
  await t.ok('setup.begin', villageInput())
  const given = ownPins ? ['417396', '528407'] : ['417395', '528406']
  await t.ok('auth.saveUser', { name: '李秀英', role: 'clerk', password: given[0] })
  await t.ok('auth.saveUser', { name: '陈立平', role: 'supervisor', password: given[1] })
  if (ownPins) {
    await chooseOwnPin(t, '李秀英', '417396', '417395')
    await chooseOwnPin(t, '陈立平', '528407', '528406')
  }
  return t
}
