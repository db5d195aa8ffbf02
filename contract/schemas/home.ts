import type { MatterCard } from './matters'
import type { NoticeCard } from './notices'
import type { ProjectCard } from './projects'

/** The journal head: anyone who notes it can later detect a rewritten history. */
/**
 * The 核验码 at an earlier number (system.checkpointAt): what the footer showed when the journal's
 * head was that entry. A number never gets a new hash, so a code noted once can be checked later.
 */
export interface CheckpointAt {
  seq: number
  /** That entry's hash, its first CHECKPOINT_HEX (16) hex digits, as the footer printed it. */
  hash: string
  /** When that entry was written (ISO). */
  at: string
}

export interface Checkpoint {
  seq: number
  /** The head entry's hash, its first CHECKPOINT_HEX (16) hex digits (contract/checkpoint.ts). */
  hash: string
  at: string
  /**
   * Set when a journal line failed its check on start: seq is the last good entry, nothing newer
   * is shown and screens carry a notice until a cadre restores a backup.
   */
  halted?: true
  /**
   * Set when the last check of every record against the journal (core's own, a while after
   * start and then daily, or a 监委's 核验) found one that differs: a data file was edited
   * outside the program. Screens carry a notice until the folder is restored or opened again.
   */
  recordsDiffer?: true
}

export interface HomeSummary {
  village: { name: string; township: string; county: string }
  isDemo: boolean
  /** Today in the village (ISO date), from the core's clock. */
  today: string
  supervisors: string[]
  latest: {
    key: string
    label: string
    kind: 'month' | 'quarter'
    incomeFen: number
    expenseFen: number
    publishedAt?: string
  } | null
  /** Projects under way, the most recently updated first; at most five (core's HOME_PROJECTS). */
  projects: ProjectCard[]
  /** How many projects are under way in all (the rest are in the 项目 section). */
  projectsTotal: number
  decisions: MatterCard[]
  notices: NoticeCard[]
  openQuestions: number
  lastUpdated: string
  checkpoint: Checkpoint
}

/** Something cadres must know about storage: a restored file, a trimmed journal tail. */
export interface StorageAlert {
  at: string
  level: 'info' | 'warning' | 'error'
  file: string
  message: string
}

/** One line of the shell's incident log (renderer crash, GPU fallback, refused IPC …). */
export interface Incident {
  at: string
  kind: string
  message: string
}
