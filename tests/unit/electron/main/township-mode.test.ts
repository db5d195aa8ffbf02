import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { setupTownshipMode } from '../../../../electron/main/township-mode'

const DATA = join('/srv', 'app', 'data')

afterEach(() => {
  delete process.env.VILLAGE_MODE
  delete process.env.VILLAGE_OUTBOX
  delete process.env.VILLAGE_TOWNSHIP_INBOX
})

describe('township mode', () => {
  it('a kiosk signs into an outbox, with its key beside the data folder, never inside it', () => {
    const o = setupTownshipMode(DATA, ['electron', '.'])
    expect(o).toEqual({
      signing: {
        keyDir: join('/srv', 'app', 'signing'),
        outbox: join('/srv', 'app', 'township-outbox'),
      },
    })
    expect(o.signing!.keyDir.startsWith(DATA)).toBe(false)
  })

  it('--township (npm run township) opens the console over the inbox, with no signing', () => {
    expect(setupTownshipMode(DATA, ['electron', '.', '--township'])).toEqual({
      townshipInbox: join('/srv', 'app', 'township-inbox'),
    })
    process.env.VILLAGE_MODE = 'township'
    process.env.VILLAGE_TOWNSHIP_INBOX = '/mnt/inbox'
    expect(setupTownshipMode(DATA, ['electron', '.'])).toEqual({ townshipInbox: '/mnt/inbox' })
  })
})
