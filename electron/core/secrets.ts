/**
 * The machine's secrets, kept in a folder beside (never inside) the data folder, so a copy of
 * the data folder or a backup on a lost USB stick does not carry them in the clear: the archive
 * key (with its recovery-code wrap) and the PIN pepper. A host may wrap the archive key further
 * (Electron's safeStorage); core stays Electron-free and only sees the hook. The pepper is never
 * wrapped: if the OS keyring changed, logins must still work so the admin can restore.
 */
import { createHash, randomBytes } from 'node:crypto'
import { mkdir, readFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { errorCode, fsyncDir, writeFileDurable } from './store/fs-safe'
import type { PepperRing } from './services/auth/pepper'
import type { RecoveryWrap } from './services/data/backup/recovery'

/** Wraps secret bytes with something only this machine and user can undo (safeStorage). */
export interface KeyWrapHook {
  name: string
  wrap(plain: Buffer): Buffer | Promise<Buffer>
  unwrap(wrapped: Buffer): Buffer | Promise<Buffer>
}

type Stored = { plain: string } | { wrapped: string; by: string }

interface KeyFile {
  keyId: string
  key: Stored
  recovery?: RecoveryWrap
  codeAt?: string
  /** Keys replaced by a new recovery code, by id: this machine still opens what they sealed. */
  earlier?: Record<string, Stored>
}

interface PepperFile {
  current: string
  peppers: Record<string, Stored>
}

/** The archive key as backups use it. */
export interface ArchiveKey {
  keyId: string
  key: Buffer
  recovery?: RecoveryWrap
  codeAt?: string
}

/** The secrets folder for a data folder: a sibling, like the automatic backups. */
export function secretsDirFor(dataDir: string): string {
  return `${dataDir}-secrets`
}

/** A short public name for a secret, so a record can say which one it needs. */
export const idOf = (secret: Buffer): string =>
  createHash('sha256').update(secret).digest('hex').slice(0, 16)

const KEY_FILE = 'backup-key.json'
const PEPPER_FILE = 'pepper.json'
/** The files kept in the secrets folder, each written whole (their temp copies are swept). */
export const SECRETS_FILES: readonly string[] = [KEY_FILE, PEPPER_FILE]

/** One machine's secrets folder; files are created on first need. */
export class Secrets {
  constructor(
    readonly dir: string,
    private readonly hook?: KeyWrapHook,
  ) {}

  private async read<T>(name: string): Promise<T | null> {
    try {
      return JSON.parse(await readFile(join(this.dir, name), 'utf8')) as T
    } catch (e) {
      if (errorCode(e) === 'ENOENT') return null
      throw new Error(`secrets: ${name} 无法读取`, { cause: e })
    }
  }

  private async write(name: string, value: unknown): Promise<void> {
    const made = await mkdir(this.dir, { recursive: true, mode: 0o700 })
    await writeFileDurable(join(this.dir, name), JSON.stringify(value))
    // A new folder's name is in the folder above: lost to a power cut, the pepper goes with it.
    for (let d = resolve(this.dir); made && d !== dirname(d); d = dirname(d)) {
      await fsyncDir(dirname(d))
      if (d === resolve(made)) break
    }
  }

  private async seal(b: Buffer): Promise<Stored> {
    if (!this.hook) return { plain: b.toString('base64') }
    return { wrapped: Buffer.from(await this.hook.wrap(b)).toString('base64'), by: this.hook.name }
  }

  private async unseal(s: Stored): Promise<Buffer> {
    if ('plain' in s) return Buffer.from(s.plain, 'base64')
    if (!this.hook || this.hook.name !== s.by) throw new Error(`secrets: 需要 ${s.by} 才能读取密钥`)
    return Buffer.from(await this.hook.unwrap(Buffer.from(s.wrapped, 'base64')))
  }

  /** The archive key, or null before the admin first set up encrypted backups. */
  async archiveKey(): Promise<ArchiveKey | null> {
    const f = await this.read<KeyFile>(KEY_FILE)
    if (!f) return null
    return { keyId: f.keyId, key: await this.unseal(f.key), recovery: f.recovery, codeAt: f.codeAt }
  }

  /** The key with this id: the current one or one a new recovery code replaced; null if unknown. */
  async archiveKeyById(keyId: string): Promise<Buffer | null> {
    const f = await this.read<KeyFile>(KEY_FILE)
    if (!f) return null
    if (f.keyId === keyId) return this.unseal(f.key)
    const old = f.earlier?.[keyId]
    return old ? this.unseal(old) : null
  }

  /**
   * Keeps the archive key (new or the same) with its recovery-code wrap, if there is one yet. A
   * new key keeps the one it replaces among the earlier keys, so this machine's older backups
   * still restore without a code.
   */
  async saveArchiveKey(key: Buffer, recovery: RecoveryWrap | undefined, at: string) {
    const keyId = idOf(key)
    const before = await this.read<KeyFile>(KEY_FILE)
    const earlier = { ...before?.earlier }
    if (before && before.keyId !== keyId) earlier[before.keyId] = before.key
    delete earlier[keyId]
    const file: KeyFile = {
      keyId,
      key: await this.seal(key),
      ...(recovery ? { recovery, codeAt: at } : {}),
      ...(Object.keys(earlier).length ? { earlier } : {}),
    }
    await this.write(KEY_FILE, file)
    return { keyId, key, ...(recovery ? { recovery, codeAt: at } : {}) } satisfies ArchiveKey
  }

  /** The pepper new PIN hashes use (made on first need) and every pepper this machine knows. */
  async peppers(): Promise<{ current: string; byId: Map<string, Buffer> }> {
    let f = await this.read<PepperFile>(PEPPER_FILE)
    if (!f) {
      const p = randomBytes(32)
      f = { current: idOf(p), peppers: { [idOf(p)]: { plain: p.toString('base64') } } }
      await this.write(PEPPER_FILE, f)
    }
    const byId = new Map<string, Buffer>()
    for (const [id, s] of Object.entries(f.peppers)) byId.set(id, await this.unseal(s))
    return { current: f.current, byId }
  }

  /** Learns peppers a restored village's PIN hashes need; the current one stays. */
  async importPeppers(list: ReadonlyArray<Buffer>): Promise<void> {
    const f = (await this.read<PepperFile>(PEPPER_FILE)) ?? null
    const have = f ?? { current: idOf(list[0]!), peppers: {} }
    let added = false
    for (const p of list) {
      if (have.peppers[idOf(p)]) continue
      have.peppers[idOf(p)] = { plain: p.toString('base64') }
      added = true
    }
    if (added || !f) await this.write(PEPPER_FILE, have)
  }
}

/** The pepper ring a core hands its calls: read once, re-read when an unknown pepper is asked for. */
export function pepperRingOf(secrets: Secrets): PepperRing {
  let cache: ReturnType<Secrets['peppers']> | null = null
  const load = () => {
    cache ??= secrets.peppers().catch((e: unknown) => {
      cache = null
      throw e
    })
    return cache
  }
  return {
    async current() {
      const r = await load()
      return { id: r.current, key: r.byId.get(r.current)! }
    },
    async byId(id) {
      if (!(await load()).byId.has(id)) cache = null
      return (await load()).byId.get(id)
    },
  }
}
