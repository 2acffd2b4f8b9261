import { safeStorage } from 'electron';
import type { KeyProtector } from '../personal-data/key-file';

/**
 * Electron's safeStorage: DPAPI on Windows, the desktop keyring on Linux (统信UOS, 麒麟). On Linux without a keyring
 * Electron falls back to a fixed password ("basic_text"), which protects nothing: then the key stays a plain
 * owner-only file, as in the other hosts.
 */
export const safeStorageProtector: KeyProtector = {
  available: () => safeStorage.isEncryptionAvailable() && (process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text'),
  encrypt: (plain) => safeStorage.encryptString(plain.toString('base64')),
  decrypt: (sealed) => Buffer.from(safeStorage.decryptString(sealed), 'base64'),
};
