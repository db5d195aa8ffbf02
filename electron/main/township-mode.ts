/**
 * Which side of the township link this app is: a village kiosk that signs every publish into
 * its outbox, or (started with --township, e.g. `npm run township`) the 乡镇汇总 console that
 * reads an inbox. Folders sit beside the data folder, never inside it, so a backup or a copied
 * data folder never carries the signing key.
 */
import { dirname, join, resolve } from 'node:path'
import type { CoreOptions } from '../core/core'
import type { KeySeal } from '../core/township/keys'

type TownshipOptions = Pick<CoreOptions, 'signing' | 'townshipInbox'>

/** True when started as the 乡镇汇总 console (argument --township or VILLAGE_MODE=township). */
export function isTownshipMode(argv: readonly string[] = process.argv): boolean {
  return argv.includes('--township') || process.env.VILLAGE_MODE === 'township'
}

/** Core options for this mode; VILLAGE_OUTBOX / VILLAGE_TOWNSHIP_INBOX point elsewhere. */
export function setupTownshipMode(
  dataDir: string,
  argv?: readonly string[],
  seal?: KeySeal,
): TownshipOptions {
  const beside = dirname(dataDir)
  if (isTownshipMode(argv)) {
    const inbox = process.env.VILLAGE_TOWNSHIP_INBOX?.trim()
    return { townshipInbox: resolve(inbox || join(beside, 'township-inbox')) }
  }
  const outbox = process.env.VILLAGE_OUTBOX?.trim()
  return {
    signing: {
      keyDir: join(beside, 'signing'),
      outbox: resolve(outbox || join(beside, 'township-outbox')),
      ...(seal ? { seal } : {}),
    },
  }
}
