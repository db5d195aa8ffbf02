/**
 * The archive key kept with Electron's safeStorage where the OS offers a real keyring (Windows
 * DPAPI, macOS Keychain, a Linux secret service); on Linux without one it stays as a file in the
 * secrets folder beside the data folder rather than pretend (safeStorage's 'basic_text').
 */
import { safeStorage } from 'electron'
import type { KeyWrapHook } from '../core/secrets'

/** The key-wrapping hook core receives, or undefined when no real keyring exists. */
export function setupSecretsHook(): KeyWrapHook | undefined {
  if (!safeStorage.isEncryptionAvailable()) return undefined
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') {
    return undefined
  }
  return {
    name: 'safeStorage',
    wrap: (plain) => safeStorage.encryptString(plain.toString('base64')),
    unwrap: (wrapped) => Buffer.from(safeStorage.decryptString(wrapped), 'base64'),
  }
}
