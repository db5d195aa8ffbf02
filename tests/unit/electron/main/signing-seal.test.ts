import { beforeEach, describe, expect, it, vi } from 'vitest'

const storage = vi.hoisted(() => ({
  available: true,
  backend: 'gnome_libsecret',
}))
vi.mock('electron', () => ({
  safeStorage: {
    isEncryptionAvailable: () => storage.available,
    getSelectedStorageBackend: () => storage.backend,
    encryptString: (s: string) => Buffer.from(`enc:${s}`),
    decryptString: (b: Buffer) => b.toString().replace(/^enc:/, ''),
  },
}))

const { setupSigningSeal } = await import('../../../../electron/main/signing-seal')
const platform = process.platform

describe('setupSigningSeal', () => {
  beforeEach(() => {
    storage.available = true
    storage.backend = 'gnome_libsecret'
    Object.defineProperty(process, 'platform', { value: platform })
  })

  it('seals with safeStorage where the OS keeps a secret', () => {
    const seal = setupSigningSeal()!
    const sealed = seal.seal('PEM')
    expect(sealed.toString()).toBe('enc:PEM')
    expect(seal.open(sealed)).toBe('PEM')
  })

  it('does not pretend where there is no real protection', () => {
    storage.available = false
    expect(setupSigningSeal()).toBeUndefined()
    storage.available = true
    storage.backend = 'basic_text'
    Object.defineProperty(process, 'platform', { value: 'linux' })
    expect(setupSigningSeal()).toBeUndefined()
  })
})
