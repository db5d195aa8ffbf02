import type { Page } from '@playwright/test'
import type { Core } from '../../../electron/core/core'

/** One way of running the kiosk for a spec: the Chromium bridge or real Electron. */
export interface Host {
  name: 'bridge' | 'electron'
  page: Page
  dataDir: string
  /** The core in this process (bridge only); specs that need it skip on Electron. */
  core?: Core
  /** Closes the core and opens the data folder again, as a restart of the app would (bridge only). */
  restart?: () => Promise<void>
  /** Moves the core's clock (bridge only). */
  setNow?: (iso: string) => void
  close(): Promise<void>
}

/** Core time the tests run at unless a spec moves it: fixed, so the demo village is stable. */
export const TEST_NOW = '2026-11-25T01:30:00.000Z'
