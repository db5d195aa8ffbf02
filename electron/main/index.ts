/**
 * The Electron shell, as a flat list of what it sets up. Order matters only where noted:
 * some calls must happen before `ready`, and security before the first window.
 */
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { app } from 'electron'
import { startUrl } from './app-origin'
import { startCoreProcess } from './core-process'
import { dataDirPath, setupDataDir } from './data-dir'
import { setupDownloads } from './downloads'
import { setupDataHost } from './data-host'
import { setupGpuFallback } from './gpu'
import { setupHeartbeat } from './heartbeat'
import { setupIpc } from './ipc'
import { setupKiosk } from './kiosk'
import { restartApp, setupFailedStart, setupShutdown } from './lifecycle'
import { setupLog } from './log'
import { setupLoginItem } from './login-item'
import { isProduction } from './mode'
import { registerAppScheme, setupProtocol } from './protocol'
import { setupRecovery } from './recovery'
import { setupSecurity } from './security'
import { setupSingleInstance } from './single-instance'
import { setupSupervisor } from './supervisor'
import { setupTouch } from './touch'
import { isTownshipMode, setupTownshipMode } from './township-mode'
import { setupWindow } from './window'

// out/main/index.js → out/
const out = fileURLToPath(new URL('..', import.meta.url))
const production = isProduction()
const window = { preload: join(out, 'preload', 'index.cjs'), production }

async function start(): Promise<void> {
  setupSecurity()
  setupDownloads()
  // Before anything that can fail: the recovery page is served by this protocol.
  setupProtocol(join(out, 'renderer'), dataDirPath())
  const dataDir = setupDataDir()
  // Core (store, journal, import, backups, search) runs in its own process, off this thread.
  const core = await startCoreProcess({
    entry: join(out, 'main', 'core-host.js'),
    dir: dataDir,
    // The demo village fills an empty folder unless a test or technician asks for a blank one.
    demo: process.env.VILLAGE_DEMO !== '0' && !isTownshipMode(),
    autoBackup: !isTownshipMode(),
    ...setupTownshipMode(dataDir, process.argv),
    hooks: setupDataHost(window),
  })
  setupShutdown(core)
  setupIpc(core)
  const win = setupWindow(window)
  setupKiosk(win, production)
  setupLoginItem()
  setupRecovery(win, startUrl())
}

// `--supervise`: this process is only the watchdog that runs the kiosk (docs/deploy.md).
// Before ready: a second instance leaves at once, the scheme, GPU and touch choices are fixed now.
if (!setupSupervisor() && setupSingleInstance()) {
  setupLog()
  setupHeartbeat()
  registerAppScheme()
  setupGpuFallback(restartApp)
  setupTouch()
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => setupFailedStart(error, window))
}
