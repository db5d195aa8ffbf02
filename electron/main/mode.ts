import { app } from 'electron'

/** Kiosk lockdown applies to installed builds and to any run with NODE_ENV=production. */
export function isProduction(): boolean {
  return app.isPackaged || process.env.NODE_ENV === 'production'
}
