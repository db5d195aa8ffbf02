/** One crash trial: copy the template, start the child, SIGKILL it at a random moment, check. */
import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { createRng } from '../../electron/core/demo/rng'
import { checkFolder, type Ack, type CheckResult } from './crash-check'
import { copyTemplate, removeFolder } from './crash-template'

const CHILD = resolve(import.meta.dirname, 'crash-child.ts')

export interface TrialResult extends CheckResult {
  seed: number
  acks: number
  /** Whether the child also saved lines through the API as a logged-in clerk. */
  invoke: boolean
  /** Acks seen before the kill was timed, and the milliseconds after that. */
  kill: KillPlan
}

/** When to pull the plug: this many acks in, then a random few milliseconds more. */
interface KillPlan {
  afterAcks: number
  delayMs: number
}

/** Runs the child until the kill; resolves with its acks once it is gone. */
function runChild(dir: string, seed: number, kill: KillPlan, commitOnly: boolean) {
  return new Promise<{ acks: Ack[]; invoke: boolean; stderr: string }>((done, fail) => {
    const args = [
      '--import',
      'tsx',
      CHILD,
      dir,
      String(seed),
      ...(commitOnly ? ['commit-only'] : []),
    ]
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    const acks: Ack[] = []
    let invoke = false
    let stderr = ''
    let timer: NodeJS.Timeout | undefined
    const guard = setTimeout(() => child.kill('SIGKILL'), 60_000)
    child.stderr.on('data', (b: Buffer) => void (stderr += b.toString()))
    createInterface({ input: child.stdout }).on('line', (line) => {
      const [word, ...rest] = line.split(' ')
      if (word === 'ready') invoke = rest[0] === 'invoke'
      if (word !== 'ack') return
      const [k, seq, hash, id] = rest
      acks.push({ k: Number(k), seq: Number(seq), hash: hash ?? '', ...(id ? { id } : {}) })
      if (acks.length === kill.afterAcks) {
        timer = setTimeout(() => child.kill('SIGKILL'), kill.delayMs)
      }
    })
    child.on('error', fail)
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      clearTimeout(guard)
      if (signal !== 'SIGKILL') fail(new Error(`crash-child 意外退出（${code}）：${stderr}`))
      else done({ acks, invoke, stderr })
    })
  })
}

/** A trial for a seed: the kill moment and the child's mode are drawn from it too. */
export async function runTrial(template: string, seed: number): Promise<TrialResult> {
  const rng = createRng(`crash-trial/${seed}`)
  const kill = { afterAcks: rng.int(1, 40), delayMs: rng.int(0, 400) }
  const commitOnly = rng.chance(0.25)
  const dir = await copyTemplate(template)
  try {
    const { acks, invoke } = await runChild(dir, seed, kill, commitOnly)
    const checked = await checkFolder(dir, acks, seed, invoke).catch((err: unknown) => ({
      corrupt: [`重新打开失败：${err instanceof Error ? err.message : String(err)}`],
      lost: [],
    }))
    return { ...checked, seed, acks: acks.length, invoke, kill }
  } finally {
    await removeFolder(dir)
  }
}
