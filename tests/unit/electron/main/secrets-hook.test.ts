import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { safeStorage } from '../../fakes/electron'
import { Secrets } from '../../../../electron/core/secrets'
import { setupSecretsHook } from '../../../../electron/main/secrets-hook'

vi.mock('electron', () => import('../../fakes/electron'))

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'secrets-'))
  safeStorage.isEncryptionAvailable.mockReturnValue(true)
  safeStorage.getSelectedStorageBackend.mockReturnValue('gnome_libsecret')
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('the archive key kept with safeStorage', () => {
  it('is wrapped by the OS keyring on disk, and read back through it', async () => {
    const secrets = new Secrets(dir, setupSecretsHook())
    const key = randomBytes(32)
    await secrets.saveArchiveKey(key, undefined, '2026-11-25T01:30:00.000Z')
    const file = await readFile(join(dir, 'backup-key.json'), 'utf8')
    expect(file).not.toContain(key.toString('base64'))
    expect(file).toContain('"by":"safeStorage"')
    expect((await secrets.archiveKey())?.key).toEqual(key)
    // Without the keyring the wrapped key cannot be read: it is not kept in the clear.
    await expect(new Secrets(dir).archiveKey()).rejects.toThrow('需要 safeStorage')
  })

  it('the PIN pepper is never wrapped: logins must survive a changed keyring', async () => {
    const secrets = new Secrets(dir, setupSecretsHook())
    const ring = await secrets.peppers()
    const again = await new Secrets(dir).peppers()
    expect(again.byId.get(ring.current)).toEqual(ring.byId.get(ring.current))
  })

  it('no hook where there is no real keyring (Linux basic_text) or none at all', () => {
    safeStorage.getSelectedStorageBackend.mockReturnValue('basic_text')
    expect(setupSecretsHook() === undefined).toBe(process.platform === 'linux')
    safeStorage.isEncryptionAvailable.mockReturnValue(false)
    expect(setupSecretsHook()).toBeUndefined()
  })
})
