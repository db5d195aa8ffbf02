/**
 * The OS key store for the township signing key: Electron's safeStorage (DPAPI on Windows,
 * Keychain on macOS, the desktop keyring on Linux). Where it would only obfuscate (Linux with
 * no keyring: 'basic_text'), the key stays a mode-600 file outside the data folder instead.
 */
import { safeStorage } from 'electron'
import type { KeySeal } from '../core/township/keys'

/** The seal, or undefined where the OS offers no real protection. */
export function setupSigningSeal(): KeySeal | undefined {
  if (!safeStorage.isEncryptionAvailable()) return undefined
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') {
    return undefined
  }
  return {
    seal: (pem) => safeStorage.encryptString(pem),
    open: (sealed) => safeStorage.decryptString(sealed),
  }
}
