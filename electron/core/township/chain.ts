/**
 * One village folder's packages judged as a whole: each package's own fields, forks (two
 * different packages for one seq, or one that differs from what this console saw before) and
 * the links from the first package on. Pure: the caller decides which signatures to check.
 */
import type { TownshipProblem } from '../../../contract'
import { trustedSeenDay, type Arrival } from './arrivals'
import type { CachedFile, PackageSummary } from './summary'

/** A package that passed its checks, with its file hash. */
export interface GoodPackage {
  pkg: PackageSummary
  sha256: string
  file: string
  /** The file's bytes when this open read it, until the console has archived them. */
  bytes?: Buffer
  /** The day (village time) the console first saw this correction, where it knows it. */
  seenOn?: string
  /**
   * Its file is gone from the folder or is no longer this signed package: the chain holds the
   * version first seen, from the console's archive. Not counted as verified in the folder.
   */
  archived?: true
}

/** One file of the folder as read: its name and what reading it found. */
export interface FileRead {
  file: string
  read: CachedFile
  bytes?: Buffer
}

/** A problem before the village's name is known. */
export type Finding = Omit<TownshipProblem, 'village' | 'folder'>

/** What the folder's packages add up to. */
export interface Assessment {
  name: string
  fingerprint: string
  /** Good packages in seq order, one per seq (the first seen when forked). */
  chain: GoodPackage[]
  /** Packages from the first up to the first broken link. */
  verified: number
  findings: Finding[]
  /**
   * seq → sha256 of every package first seen, with what was seen before; and `f<seq>:<sha256>`
   * for every other signed version of it seen since (a fork stays said); `d<seq>` → the day a
   * correction was first seen in a folder already known (see `today`).
   */
  seen: Record<string, string>
  /** Other versions this open saw first: kept with the archive as evidence. */
  forked: GoodPackage[]
}

const NAMED = /^\d{8}\.json$/
/** The `seen` key of a second version of package `seq`. */
const forkKey = (seq: number, sha256: string) => `f${seq}:${sha256}`
const FORK_KEY = /^f(\d+):/

/**
 * The folder's key: the one most of its readable packages carry (the first read breaks a tie).
 * A file copied in from another village, or signed by a stranger, is one against many: it
 * cannot make the village's own packages look like the intruders.
 */
function folderKey(files: readonly FileRead[]): string {
  const counts = new Map<string, number>()
  for (const { read } of files) {
    if (read.ok)
      counts.set(read.summary.fingerprint, (counts.get(read.summary.fingerprint) ?? 0) + 1)
  }
  let best = ''
  for (const [fingerprint, n] of counts) if (n > (counts.get(best) ?? 0)) best = fingerprint
  return best
}

function linkProblem(prev: GoodPackage, next: GoodPackage): string | null {
  const a = prev.pkg
  const b = next.pkg
  if (b.seq !== a.seq + 1) return `缺少第 ${a.seq + 1} 个包`
  if (b.prevPackage !== prev.sha256)
    return `第 ${b.seq} 个包指向的上一个包和收到的第 ${a.seq} 个包不同`
  if (b.journal.from !== a.journal.to + 1)
    return `第 ${b.seq} 个包的变更日志没有接上第 ${a.seq} 个包`
  if (b.journal.prev !== a.journal.last)
    return `第 ${b.seq} 个包的变更日志哈希和第 ${a.seq} 个包接不上（历史被改写）`
  return null
}

function selfProblem(p: PackageSummary, nameSeq: number | null): string | null {
  const { seq, journal, checkpoint } = p
  if (nameSeq !== null && nameSeq !== seq)
    return `文件名是第 ${nameSeq} 个包，里面却写着第 ${seq} 个`
  if (journal.count !== journal.to - journal.from + 1) return `第 ${seq} 个包的变更日志哈希数目不对`
  if (checkpoint.seq !== journal.to || checkpoint.hash !== journal.last)
    return `第 ${seq} 个包的核验码和变更日志对不上`
  if (seq === 1 && (journal.from !== 1 || journal.prev !== '' || p.prevPackage !== ''))
    return '第 1 个包不是从头开始的'
  return null
}

/**
 * Judges the folder's files (sorted by name) against what was seen before; changes nothing.
 * `firstSeen` holds, for a package seen before whose file now is another version (a fork), is
 * gone, or is not the signed package any more, that first version as archived: the chain (and
 * so the row's figures) is made of the versions first seen, so rewriting, spoiling or removing
 * a file in the folder cannot change what the row says. What happened to the file is said.
 * A correction's day kept in `before` is held to `today` and the day file (`arrived`).
 */
export function assess(
  folder: string,
  files: FileRead[],
  before: Record<string, string>,
  firstSeen: ReadonlyMap<number, GoodPackage> = new Map(),
  today?: string,
  arrived?: ReadonlyMap<string, Arrival>,
): Assessment {
  const seen = { ...before }
  const bySeq = new Map<number, GoodPackage>()
  const findings: Finding[] = []
  const say = (kind: Finding['kind'], seq: number | null, message: string) =>
    findings.push({ kind, seq, message })
  const fingerprint = folderKey(files)
  const forked: GoodPackage[] = []
  // A correction's first sighting is kept only in a folder seen before: on a folder's first open
  // its whole history arrives at once, and the day says nothing of when any of it was made.
  const known = Object.keys(before).some((k) => /^\d+$/.test(k))
  for (const { file, read, bytes } of files) {
    const nameSeq = NAMED.test(file) ? Number(file.slice(0, 8)) : null
    if (!read.ok) {
      say(read.reason, nameSeq ?? read.seq, `${file}：${read.message}`)
      continue
    }
    const g: GoodPackage = { pkg: read.summary, sha256: read.sha256, file, bytes }
    if (g.pkg.fingerprint !== fingerprint) {
      say('key', g.pkg.seq, `${file}：用的是另一把签名钥匙（指纹 ${g.pkg.fingerprint}）`)
      continue
    }
    const bad = selfProblem(g.pkg, nameSeq)
    if (bad) {
      say('chain', g.pkg.seq, bad)
      continue
    }
    const earlier = seen[String(g.pkg.seq)]
    const twin = bySeq.get(g.pkg.seq)
    if ((twin && twin.sha256 !== g.sha256) || (earlier && earlier !== g.sha256)) {
      say('fork', g.pkg.seq, `第 ${g.pkg.seq} 个包出现了两个不同的版本（${file}）`)
      const key = forkKey(g.pkg.seq, g.sha256)
      // Every version but the one first seen (archived with the chain) is kept once, as evidence.
      if (seen[key] === undefined && g.sha256 !== earlier) {
        seen[key] = g.sha256
        forked.push(g)
      }
      if (twin || nameSeq === null) continue
    }
    if (!twin || nameSeq !== null) bySeq.set(g.pkg.seq, g)
    if (seen[String(g.pkg.seq)] === undefined) {
      seen[String(g.pkg.seq)] = g.sha256
      if (g.pkg.correction && known && today) seen[`d${g.pkg.seq}`] = today
    }
  }
  // A package seen before and now gone is history taken back (deleted, or the village restored an
  // older backup and published anew): said as long as the console's record of it stands.
  const named = new Set(findings.map((f) => f.seq))
  // Two signed versions seen on an earlier open: the fork stands though one has been removed.
  for (const key of Object.keys(before)) {
    const seq = Number(FORK_KEY.exec(key)?.[1] ?? NaN)
    if (Number.isInteger(seq) && !findings.some((f) => f.kind === 'fork' && f.seq === seq)) {
      say('fork', seq, `第 ${seq} 个包以前收到过两个不同的版本（另一个已存档）`)
      named.add(seq)
    }
  }
  const gone = Object.keys(before)
    .filter((key) => /^\d+$/.test(key))
    .map(Number)
    .filter((seq) => !bySeq.has(seq) && !named.has(seq))
    .sort((a, b) => a - b)
  for (const seq of gone) {
    say(
      'missing',
      seq,
      `第 ${seq} 个包以前收到过，现在不见了：被删除了，或者村里恢复了旧备份（历史被退回）`,
    )
  }
  for (const [seq, g] of firstSeen) {
    if (bySeq.has(seq)) bySeq.set(seq, g)
    // Seen before and signed with the folder's key, its file gone or not the package any more.
    else if (Object.hasOwn(before, String(seq)) && g.pkg.fingerprint === fingerprint)
      bySeq.set(seq, { ...g, archived: true })
  }
  const chain = [...bySeq.values()]
    .sort((a, b) => a.pkg.seq - b.pkg.seq)
    .map((g) => {
      // A day seen.json kept is only as good as the day file bears out (trustedSeenDay).
      const key = `d${g.pkg.seq}`
      const kept = seen[key] !== undefined && seen[key] === before[key]
      const day = kept
        ? trustedSeenDay(seen[key], before[String(g.pkg.seq)], today, arrived)
        : seen[key]
      return day ? { ...g, seenOn: day } : g
    })
  // Verified: the folder's own packages linked from the first; `linked` counts those from the
  // archive too (where the chain is unbroken up to).
  let verified = 0
  let linked = 0
  let broken = false
  chain.forEach((g, i) => {
    const prev = chain[i - 1]
    const why = prev
      ? linkProblem(prev, g)
      : g.pkg.seq === 1
        ? null
        : `缺少第 1 到第 ${g.pkg.seq - 1} 个包`
    if (why) {
      say('chain', g.pkg.seq, why)
      broken = true
    }
    if (broken) return
    linked++
    if (!g.archived) verified++
  })
  // The name the village's own key signed last, never one a dropped-in file claims.
  const name = (chain[linked - 1] ?? chain.at(-1))?.pkg.name ?? folder
  return { name, fingerprint, chain, verified, findings, seen, forked }
}
