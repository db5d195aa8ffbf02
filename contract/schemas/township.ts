/**
 * What a kiosk sends its township (乡镇): signed publication packages, one file per publish,
 * and what the 乡镇汇总 console shows after checking them. Shared so both sides agree on shape.
 */
import { z } from 'zod'

/** Format tag inside every package; a reader refuses any other. */
export const PACKAGE_FORMAT = 'cunwu-township/1'

/** File name of package `seq` in an outbox: zero-padded so names sort in seq order. */
export function packageFileName(seq: number): string {
  return `${String(seq).padStart(8, '0')}.json`
}

/** The journal since the previous package: only hashes, so no draft or account leaves the kiosk. */
export const JournalSegment = z
  .object({
    /** First journal seq covered; the previous package's `to` + 1. */
    from: z.number().int().min(1),
    to: z.number().int().min(0),
    /** Hash of the journal entry before `from` ('' at the start of the journal). */
    prev: z.string().max(64),
    /** Hash of every entry from..to, in order. */
    hashes: z.array(z.string().regex(/^[0-9a-f]{64}$/)),
  })
  .strict()
export type JournalSegment = z.infer<typeof JournalSegment>

/** What the township needs to know about the village as of this package. */
export const VillageStatus = z
  .object({
    periodMode: z.enum(['month', 'quarter']),
    /** Deadlines (village dates) of questions still waiting for an answer. */
    openQuestionDeadlines: z.array(z.string().max(10)),
    /** 四议两公开 matters whose steps break a rule, with the rule breaks in plain words. */
    matterWarnings: z.array(z.object({ title: z.string(), checks: z.array(z.string()) })),
  })
  .strict()
export type VillageStatus = z.infer<typeof VillageStatus>

/** One published record as the kiosk shows it: the public method, its input, its answer. */
export const PackageRecord = z
  .object({
    method: z.string().max(40),
    input: z.record(z.string(), z.unknown()),
    view: z.unknown(),
  })
  .strict()
export type PackageRecord = z.infer<typeof PackageRecord>

/** Everything a package says; the signature covers the canonical JSON of exactly this. */
export const PackageBody = z
  .object({
    format: z.literal(PACKAGE_FORMAT),
    seq: z.number().int().min(1),
    village: z.object({ name: z.string().max(100), township: z.string().max(100) }).strict(),
    /** The kiosk's Ed25519 public key (SPKI DER, base64) and its fingerprint. */
    publicKey: z.string().max(200),
    fingerprint: z.string().max(64),
    /** sha256 of the previous package's file ('' for the first). */
    prevPackage: z.string().max(64),
    /** The journal action that made this package, e.g. 'ledger.publish'. */
    action: z.string().max(60),
    correction: z.boolean(),
    at: z.string().max(30),
    journal: JournalSegment,
    checkpoint: z.object({ seq: z.number().int(), hash: z.string().max(64), at: z.string() }),
    records: z.array(PackageRecord),
    status: VillageStatus,
  })
  .strict()
export type PackageBody = z.infer<typeof PackageBody>

/** A package file: the body plus its Ed25519 signature (base64). */
export const TownshipPackage = PackageBody.extend({ signature: z.string().max(200) }).strict()
export type TownshipPackage = z.infer<typeof TownshipPackage>

/** The kiosk's signing identity, shown in 核验 and printed on every 公开表. */
export interface SigningIdentity {
  /** 'township' when this app runs as the 乡镇汇总 console. */
  mode: 'kiosk' | 'township'
  /** Grouped hex of the public key's sha256, e.g. 'a1b2 c3d4 …' ('' when no key is set up). */
  fingerprint: string
  /** Packages in the outbox so far. */
  packages: number
}

/** A check that failed, in plain words; `red` ones are shown at the top of the console. */
export interface TownshipProblem {
  village: string
  folder: string
  /**
   * 'missing': a package (or a whole folder) this console saw before is gone: deleted, or rolled
   * back. 'record': the console's own record of what it saw (seen.json) was lost or damaged and
   * rebuilt from its archive (folder '': about the console, not one village).
   */
  kind: 'signature' | 'fork' | 'chain' | 'unreadable' | 'key' | 'missing' | 'record'
  seq: number | null
  message: string
}

/** One village's row in the 乡镇汇总 console. */
export interface VillageRow {
  folder: string
  name: string
  fingerprint: string
  packages: number
  /** Packages whose signature and chain both check out. */
  verified: number
  ok: boolean
  /**
   * Nothing of the village could be used (its folder unreadable, or no file in it read and checked
   * out; the reasons are in the problems): its row is not that of a village yet to publish.
   */
  unreadable: boolean
  lastSeq: number
  lastAt: string
  /** How it publishes, from its last usable package; null when none could be used or came yet. */
  periodMode: 'month' | 'quarter' | null
  lastPeriod: string
  lastPeriodLabel: string
  /**
   * The period that should be published by today ('' when periodMode is null), and whether it is
   * missing (true when nothing verified was published at all).
   */
  duePeriodLabel: string
  dueBy: string
  overdue: boolean
  /** Periods skipped between the first sheet and the due one (labels, oldest first, at most 12). */
  missingLabels: string[]
  /** How many periods are skipped in all (more than the labels when over 12). */
  missingCount: number
  questionsOverdue: number
  /** Questions answered this year only after their due day (the kiosk marks them 逾期答复). */
  answeredLate: number
  /**
   * Questions the village withheld from its board, by reason, as of its last withholding
   * (empty when its packages have said none).
   */
  withheld: Array<{ reason: string; count: number }>
  matterWarnings: string[]
  correctionsLast90: number
  /** Totals of the current year's published sheets, fen. */
  year: number
  incomeFen: number
  expenseFen: number
  managementFen: number
}

/** How far the console's read of the inbox has got: village folders checked of all. */
export interface TownshipProgress {
  done: number
  total: number
}

/** The whole console: problems first, then every village. */
export interface TownshipOverview {
  today: string
  inbox: string
  problems: TownshipProblem[]
  villages: VillageRow[]
}
