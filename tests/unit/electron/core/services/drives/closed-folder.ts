/**
 * A kiosk (or the 乡镇汇总 console) whose own folders lie on a drive the in-app browser lists:
 * its home folder under the stand-in drives' root (<base>/media/DATA/<name>), the demo village
 * at 2026-11-25, and the doors a clerk and the 监委 use to browse, read, save and back up. The
 * closed-folder tests build on it and assert what each door refuses or lists.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, expect } from 'vitest'
import type { DriveFolder, Result } from '../../../../../../contract'
import { openCore, type Core, type CoreOptions } from '../../../../../../electron/core/core'
import { tempDir } from '../../../../temp-dir'

/** A door's refusal, exactly as the browser shows it. */
export const refusedAs = (message: string) => ({ ok: false, error: { code: 'FORBIDDEN', message } })

/** Some bytes for drives.write into `folder` under `fileName`. */
export const saveInto = (folder: string, fileName: string) => ({
  folder,
  fileName,
  bytesBase64: Buffer.from('{}').toString('base64'),
})

export interface ClosedFolderKiosk {
  /** The temp folder; `<base>/media` holds the drives. */
  base: string
  /** The drive the home folder is on (the machine's second disk, or a stick). */
  disk: string
  /** The kiosk's home folder on `disk`: its data folder and the rest go here. */
  home: string
  /** The core open now (after `open`). */
  readonly core: Core
  /** Opens (or, after a close, reopens) the core on `home/data`, with `more` (signing, inbox). */
  open(more?: Partial<CoreOptions>): Promise<Core>
  clerk(method: string, input: unknown): ReturnType<Core['invoke']>
  admin(method: string, input: unknown): ReturnType<Core['invoke']>
  /** Logs in 杨雪梅 (clerk) and 张德明 (监委, with a recovery code so backups can be made). */
  login(): Promise<void>
  /** The names the browser lists in `path` (fails the test if it is refused). */
  listed(path: string): Promise<string[]>
}

/**
 * Call at a test file's top level: each test gets a new temp folder, and the core it opened is
 * closed after it. `folder` is the home folder's name on the drive, `prefix` the temp folder's.
 */
export function closedFolderKiosk(prefix: string, folder = '村务公开'): () => ClosedFolderKiosk {
  let current: Core | null = null
  afterEach(async () => {
    await current?.close()
    current = null
  })
  return () => {
    const base = tempDir(prefix)
    const disk = join(base, 'media', 'DATA')
    const home = join(disk, folder)
    mkdirSync(home, { recursive: true })
    const invoke = (caller: string) => (method: string, input: unknown) =>
      kiosk.core.invoke(method, input, caller)
    const kiosk: ClosedFolderKiosk = {
      base,
      disk,
      home,
      get core() {
        if (!current) throw new Error('closedFolderKiosk: open() first')
        return current
      },
      async open(more = {}) {
        current = await openCore({
          dir: join(home, 'data'),
          demo: true,
          demoYears: 1,
          now: () => new Date('2026-11-25T01:30:00.000Z'),
          drives: { root: join(base, 'media'), exportDir: join(base, 'export') },
          ...more,
        })
        return current
      },
      clerk: invoke('clerk'),
      admin: invoke('admin'),
      async login() {
        expect((await kiosk.clerk('auth.login', { name: '杨雪梅', password: '111111' })).ok).toBe(
          true,
        )
        expect((await kiosk.admin('auth.login', { name: '张德明', password: '333333' })).ok).toBe(
          true,
        )
        expect((await kiosk.admin('backup.newRecoveryCode', {})).ok).toBe(true)
      },
      async listed(path) {
        const r = (await kiosk.clerk('drives.browse', { path })) as Result<DriveFolder>
        expect(r.ok).toBe(true)
        return r.ok ? r.data.entries.map((e) => e.name) : []
      },
    }
    return kiosk
  }
}
