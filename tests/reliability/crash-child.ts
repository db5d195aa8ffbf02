/**
 * The process a crash trial kills: opens the real core on a data folder and makes changes
 * one after another, printing each one only once the core has acknowledged it. Run as
 * `node --import tsx tests/reliability/crash-child.ts <dir> <seed> [commit-only]`.
 */
import { openCore } from '../../electron/core/core'
import { DEMO_LOGINS } from '../../electron/core/demo/users'
import { crashOps, INVOKE_PERIOD } from './crash-stream'
import { CHILD_NOW } from './crash-template'

const [dirArg, seedArg, mode] = process.argv.slice(2)
if (!dirArg || !seedArg)
  throw new Error('crash-child: 用法 crash-child.ts <dir> <seed> [commit-only]')
const dir: string = dirArg
const seed = Number(seedArg)
const caller = 'crash-child'

/** Pipes are written synchronously on Linux: once this returns the parent can read the line. */
const say = (line: string): void => void process.stdout.write(`${line}\n`)

async function logInAsClerk(core: Awaited<ReturnType<typeof openCore>>): Promise<boolean> {
  const clerk = DEMO_LOGINS.find((l) => l.role === 'clerk')
  const roster = await core.invoke('auth.roster', {}, caller)
  if (!clerk || !roster.ok) return false
  const entry = (roster.data as Array<{ name: string; role: string }>).find(
    (r) => r.role === 'clerk',
  )
  if (!entry) return false
  const login = await core.invoke('auth.login', { name: entry.name, password: clerk.pin }, caller)
  if (!login.ok) return false
  const sheet = await core.invoke('ledger.closePeriod', { period: INVOKE_PERIOD }, caller)
  return sheet.ok
}

async function main(): Promise<void> {
  const core = await openCore({ dir, now: () => new Date(CHILD_NOW) })
  const withInvoke = mode !== 'commit-only' && (await logInAsClerk(core))
  say(`ready ${withInvoke ? 'invoke' : 'commit-only'} ${core.store.head().seq}`)
  for (const op of crashOps(seed, withInvoke)) {
    if (op.kind === 'commit') {
      const entry = await core.store.commit(op.change)
      say(`ack ${op.k} ${entry.seq} ${entry.hash.slice(0, 8)}`)
    } else {
      const r = await core.invoke('ledger.saveEntry', op.input, caller)
      if (!r.ok) {
        process.stderr.write(
          `crash-child: 第 ${op.k} 笔被拒绝：${r.error.code} ${r.error.message}\n`,
        )
        process.exit(2)
      }
      const head = core.store.head()
      say(`ack ${op.k} ${head.seq} ${head.hash} ${(r.data as { id: string }).id}`)
    }
  }
}

main().catch((err: unknown) => {
  process.stderr.write(
    `crash-child: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  )
  process.exit(3)
})
