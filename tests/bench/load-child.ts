/**
 * Opens the ten-year folder the way the app does at start, in a fresh process so nothing is
 * warm but the OS file cache; `core` opens the whole core (store, services, indexes), `store`
 * the store alone. Prints {"ms":…} as one JSON line.
 */
import { openCore } from '../../electron/core/core'
import { openStore } from '../../electron/core/store'
import { TEST_NOW } from '../e2e/hosts/types'

const [dir, what] = process.argv.slice(2)
if (!dir || (what !== 'core' && what !== 'store')) {
  throw new Error('load-child: 用法 load-child.ts <dir> core|store')
}
const now = () => new Date(TEST_NOW)

async function main(): Promise<void> {
  const t = performance.now()
  const opened =
    what === 'core' ? await openCore({ dir: dir!, now }) : await openStore({ dir: dir!, now })
  const ms = performance.now() - t
  await opened.close()
  process.stdout.write(`${JSON.stringify({ ms })}\n`)
}

void main()
