/**
 * The township side: reads one village's inbox folder and checks every package: signature,
 * the chain of packages and journal hashes, and forks (two different packages for one seq,
 * including one that differs from what this console saw before).
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { TownshipPackage, TownshipProblem } from '../../../contract'
import { decodePackage } from './package-format'

/** A package that passed its signature check, with its file hash. */
export interface GoodPackage {
  pkg: TownshipPackage
  sha256: string
  file: string
}

export interface FolderCheck {
  folder: string
  name: string
  fingerprint: string
  files: number
  /** Good packages in seq order, one per seq (the first seen when forked). */
  chain: GoodPackage[]
  /** Seqs whose chain links all check out. */
  verified: number
  problems: TownshipProblem[]
}

/** What this console saw before: folder → seq → sha256 of the package file (fork evidence). */
export type Seen = Record<string, Record<string, string>>

const PACKAGE_FILE = /\.json$/

function linkProblem(prev: GoodPackage, next: GoodPackage): string | null {
  const a = prev.pkg
  const b = next.pkg
  if (b.seq !== a.seq + 1) return `缺少第 ${a.seq + 1} 个包`
  if (b.prevPackage !== prev.sha256)
    return `第 ${b.seq} 个包指向的上一个包和收到的第 ${a.seq} 个包不同`
  if (b.journal.from !== a.journal.to + 1)
    return `第 ${b.seq} 个包的变更日志没有接上第 ${a.seq} 个包`
  if (b.journal.prev !== (a.journal.hashes.at(-1) ?? a.journal.prev))
    return `第 ${b.seq} 个包的变更日志哈希和第 ${a.seq} 个包接不上（历史被改写）`
  return null
}

function selfProblem(g: GoodPackage, nameSeq: number | null): string | null {
  const { seq, journal, checkpoint } = g.pkg
  if (nameSeq !== null && nameSeq !== seq)
    return `文件名是第 ${nameSeq} 个包，里面却写着第 ${seq} 个`
  if (journal.hashes.length !== journal.to - journal.from + 1)
    return `第 ${seq} 个包的变更日志哈希数目不对`
  if (checkpoint.seq !== journal.to || checkpoint.hash !== journal.hashes.at(-1))
    return `第 ${seq} 个包的核验码和变更日志对不上`
  if (seq === 1 && (journal.from !== 1 || journal.prev !== '' || g.pkg.prevPackage !== ''))
    return '第 1 个包不是从头开始的'
  return null
}

/** Checks every package file in one village folder; `seen` is updated with first sightings. */
export async function checkFolder(root: string, folder: string, seen: Seen): Promise<FolderCheck> {
  const dir = join(root, folder)
  const names = (await readdir(dir))
    .filter((n) => PACKAGE_FILE.test(n) && !n.startsWith('.'))
    .sort()
  const problems: TownshipProblem[] = []
  const bySeq = new Map<number, GoodPackage>()
  const memory = (seen[folder] ??= {})
  let name = folder
  let fingerprint = ''
  const say = (kind: TownshipProblem['kind'], seq: number | null, message: string) =>
    problems.push({ village: name, folder, kind, seq, message })
  const deferred: Array<() => void> = []
  for (const file of names) {
    const decoded = decodePackage(await readFile(join(dir, file)))
    const nameSeq = /^\d{8}\.json$/.test(file) ? Number(file.slice(0, 8)) : null
    if (!decoded.ok) {
      deferred.push(() =>
        say(decoded.reason, nameSeq ?? decoded.pkg?.seq ?? null, `${file}：${decoded.message}`),
      )
      continue
    }
    const g: GoodPackage = { pkg: decoded.pkg, sha256: decoded.sha256, file }
    name = g.pkg.village.name
    if (fingerprint && g.pkg.fingerprint !== fingerprint) {
      deferred.push(() =>
        say('key', g.pkg.seq, `${file}：用的是另一把签名钥匙（指纹 ${g.pkg.fingerprint}）`),
      )
      continue
    }
    fingerprint ||= g.pkg.fingerprint
    const bad = selfProblem(g, nameSeq)
    if (bad) {
      deferred.push(() => say('chain', g.pkg.seq, bad))
      continue
    }
    const before = memory[String(g.pkg.seq)]
    const twin = bySeq.get(g.pkg.seq)
    if ((twin && twin.sha256 !== g.sha256) || (before && before !== g.sha256)) {
      deferred.push(() =>
        say('fork', g.pkg.seq, `第 ${g.pkg.seq} 个包出现了两个不同的版本（${file}）`),
      )
      if (twin || nameSeq === null) continue
    }
    if (!twin || nameSeq !== null) bySeq.set(g.pkg.seq, g)
    memory[String(g.pkg.seq)] ??= g.sha256
  }
  for (const d of deferred) d()
  const chain = [...bySeq.values()].sort((a, b) => a.pkg.seq - b.pkg.seq)
  let verified = 0
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
    if (!broken) verified++
  })
  return { folder, name, fingerprint, files: names.length, chain, verified, problems }
}
