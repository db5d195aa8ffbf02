/**
 * The 乡镇汇总 console at scale: 30 villages × 10 years of generated signed packages, opened in
 * a fresh process (core in township mode + the overview, every signature and link checked).
 * `node --import tsx tests/bench/township.ts` runs this part alone; run.ts calls it too.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { generateTownship } from './township-packages'

const run = promisify(execFile)
const CHILD = resolve(import.meta.dirname, 'township-child.ts')

interface Open {
  ms: number
  /** CPU time of the open (user + system): steadier than `ms` on a shared, loaded machine. */
  cpuMs: number
  rss: number
  villages: number
  problems: number
}

async function openOnce(dataDir: string, inbox: string): Promise<Open> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', CHILD, dataDir, inbox], {
    maxBuffer: 1 << 20,
  })
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as Open
}

export interface TownshipFigures {
  packages: number
  /** The first open ever: every package read, checked and copied into the console's archive. */
  first: Open
  /** A later open (the console has run before): median of three fresh processes. */
  open: Open
}

/** Generates the inbox, opens it once for the first time, then three more times. */
export async function townshipFigures(villages = 30, years = 10): Promise<TownshipFigures> {
  const work = await mkdtemp(join(tmpdir(), 'bench-township-'))
  try {
    const inbox = join(work, 'inbox')
    const packages = await generateTownship(inbox, villages, years)
    const dataDir = join(work, 'console')
    const first = await openOnce(dataDir, inbox)
    const later = [
      await openOnce(dataDir, inbox),
      await openOnce(dataDir, inbox),
      await openOnce(dataDir, inbox),
    ]
    later.sort((a, b) => a.ms - b.ms)
    return { packages, first, open: later[1]! }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const f = await townshipFigures(
    Number(process.env.TOWNSHIP_VILLAGES ?? 30),
    Number(process.env.TOWNSHIP_YEARS ?? 10),
  )
  console.log(
    `# township: ${f.packages} packages, ${f.open.villages} villages, ${f.open.problems} problems`,
  )
  console.log(`bench township_open ${Math.round(f.open.ms)} ms`)
  console.log(`bench township_rss ${Math.round(f.open.rss / 2 ** 20)} MB`)
  console.log(`bench township_open_first ${Math.round(f.first.ms)} ms`)
  console.log(`bench township_open_first_cpu ${Math.round(f.first.cpuMs)} ms`)
  console.log(`bench township_rss_first ${Math.round(f.first.rss / 2 ** 20)} MB`)
}
