/**
 * The Electron shell, as a flat list of what it sets up. Order matters only where noted:
 * some calls must happen before `ready`, and security before the first window.
 */
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { app } from 'electron'
import { openCore } from '../core/core'
import { startUrl } from './app-origin'
import { setupDataDir } from './data-dir'
import { setupDownloads } from './downloads'
import { setupAutoBackup, setupDataHost } from './data-host'
import { setupGpuFallback } from './gpu'
import { setupIpc } from './ipc'
import { allowQuit, setupKiosk } from './kiosk'
import { restartApp, setupFailedStart, setupShutdown } from './lifecycle'
import { errorDetail, logIncident, readIncidents, setupLog } from './log'
import { setupLoginItem } from './login-item'
import { isProduction } from './mode'
import { registerAppScheme, setupProtocol } from './protocol'
import { setupRecovery } from './recovery'
import { setupSecurity } from './security'
import { setupSingleInstance } from './single-instance'
import { setupWindow } from './window'

// out/main/index.js → out/
const out = fileURLToPath(new URL('..', import.meta.url))
const production = isProduction()
const window = { preload: join(out, 'preload', 'index.cjs'), production }

async function start(): Promise<void> {
  setupSecurity()
  setupDownloads()
  const dataDir = setupDataDir()
  setupProtocol(join(out, 'renderer'), dataDir)
  const core = await openCore({
    dir: dataDir,
    host: setupDataHost(window),
    // The demo village fills an empty folder unless a test or technician asks for a blank one.
    demo: process.env.VILLAGE_DEMO !== '0',
    log: (message, error) => logIncident('core', { message, ...errorDetail(error) }),
    // The admin reads incidents and is the only one who may leave kiosk mode.
    shell: {
      incidents: readIncidents,
      quit: () => {
        allowQuit()
        app.quit()
      },
    },
  })
  setupShutdown(core)
  setupIpc(core)
  const win = setupWindow(window)
  setupKiosk(win, production)
  setupLoginItem()
  setupRecovery(win, startUrl())
  setupAutoBackup(dataDir)
}

// Before ready: a second instance leaves at once, the scheme and GPU choice are fixed now.
if (setupSingleInstance()) {
  setupLog()
  registerAppScheme()
  setupGpuFallback(restartApp)
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => setupFailedStart(error, window))
}
