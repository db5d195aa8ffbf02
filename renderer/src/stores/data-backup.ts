import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type {
  BackupCheck,
  BackupCreated,
  BackupListing,
  BackupRestored,
  BackupStatus,
  RecoveryCodeIssued,
} from '../../../contract/schemas/data-backup'
import { call, type ApiProblem } from '../api'
import { useBusyRun } from '../composables/use-busy-run'

type Track = <T>(p: Promise<T>) => Promise<T>

/**
 * The admin's backup screen: the automatic backups' state, a backup to a folder picked on a
 * U 盘, and a restore (from the stick, or from this machine's automatic backups) that is checked
 * first and confirmed in the page. Core does the work and the checking; no path is typed.
 */
export const useDataBackupStore = defineStore('dataBackup', () => {
  const status = shallowRef<BackupStatus | null>(null)
  /** The folder picked on a stick with the in-app browser ('' until one is). */
  const folder = ref('')
  const created = shallowRef<BackupCreated | null>(null)
  const listing = shallowRef<BackupListing | null>(null)
  const chosen = shallowRef<BackupCheck | null>(null)
  const restored = shallowRef<BackupRestored | null>(null)
  /** A code just made, shown once for printing; forgotten when the screen is left. */
  const issued = shallowRef<RecoveryCodeIssued | null>(null)
  /** The recovery code typed for an archive from another machine. */
  const code = ref('')
  const busy = ref(false)
  const problem = shallowRef<ApiProblem | null>(null)

  const run = useBusyRun(busy, problem)

  async function open(): Promise<void> {
    created.value = null
    chosen.value = null
    restored.value = null
    listing.value = null
    issued.value = null
    code.value = ''
    status.value = await run(() => call('backup.status', {}))
  }

  async function newCode(): Promise<void> {
    const r = await run(() => call('backup.newRecoveryCode', {}))
    if (!r) return
    issued.value = r
    status.value = status.value && { ...status.value, recovery: { ready: true, at: r.at } }
  }

  async function create(track: Track): Promise<void> {
    created.value = null
    created.value = await run(() => track(call('backup.create', { targetDir: folder.value })))
  }

  /** The backups in a folder picked on a stick; without one, this machine's automatic backups. */
  async function list(dir?: string): Promise<void> {
    chosen.value = null
    code.value = ''
    listing.value = null
    listing.value = await run(() => call('backup.list', dir ? { dir } : {}))
  }

  async function inspect(archivePath: string, track: Track): Promise<void> {
    const typed = code.value.trim()
    chosen.value = await run(() =>
      track(call('backup.inspect', { archivePath, ...(typed ? { recoveryCode: typed } : {}) })),
    )
  }

  /** `clockRight`: the admin said the clock is right though the backup ends later than now. */
  async function restore(track: Track, clockRight = false): Promise<void> {
    const c = chosen.value
    if (!c?.ok) return
    const typed = code.value.trim()
    const r = await run(() =>
      track(
        call('backup.restore', {
          archivePath: c.summary.path,
          confirm: true,
          ...(typed ? { recoveryCode: typed } : {}),
          ...(clockRight ? { clockRight: true as const } : {}),
        }),
      ),
    )
    if (r) {
      restored.value = r
      chosen.value = null
    }
  }

  return {
    status,
    folder,
    created,
    listing,
    chosen,
    restored,
    issued,
    code,
    busy,
    problem,
    open,
    newCode,
    create,
    list,
    inspect,
    restore,
  }
})
