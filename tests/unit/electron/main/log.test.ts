import { appendFileSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { resetElectron } from '../../fakes/electron'
import { errorDetail, logIncident, readIncidents, setupLog } from '../../../../electron/main/log'
import { tempDir } from '../../temp-dir'

vi.mock('electron', () => import('../../fakes/electron'))

describe('incident log', () => {
  let dir: string
  beforeEach(() => {
    resetElectron()
    dir = tempDir('kiosk-log-')
  })

  it('writes one JSON line per incident', () => {
    const file = setupLog({ dir, echo: false, catchErrors: false })
    logIncident('renderer-gone', { reason: 'crashed' })
    const [line] = readFileSync(file, 'utf8').trim().split('\n')
    expect(JSON.parse(line ?? '')).toMatchObject({ kind: 'renderer-gone', reason: 'crashed' })
  })

  it('rotates, keeping a bounded number of old files', () => {
    setupLog({ dir, echo: false, catchErrors: false, maxBytes: 400, keep: 3 })
    for (let i = 0; i < 100; i++)
      logIncident('navigation-blocked', { url: `https://x.example/${i}` })
    const files = readdirSync(dir).sort()
    expect(files).toEqual([
      'incidents.1.log',
      'incidents.2.log',
      'incidents.3.log',
      'incidents.log',
    ])
    for (const f of files) expect(readFileSync(join(dir, f)).length).toBeLessThanOrEqual(400)
    expect(readFileSync(join(dir, 'incidents.log'), 'utf8')).toContain('/99"')
  })

  it('keeps what an Error says', () => {
    expect(errorDetail(new TypeError('boom'))).toMatchObject({ error: 'TypeError: boom' })
    expect(errorDetail('plain')).toEqual({ error: 'plain' })
  })

  it('reads incidents back newest first for the admin, skipping torn lines', async () => {
    const file = setupLog({ dir, echo: false, catchErrors: false })
    logIncident('renderer-gone', { reason: 'crashed' })
    logIncident('core', errorDetail(new Error('磁盘已满')))
    appendFileSync(file, '{"at":"2026-11')
    const list = await readIncidents(10)
    expect(list.map((i) => i.kind)).toEqual(['core', 'renderer-gone'])
    expect(list[0]?.message).toBe('Error: 磁盘已满')
    expect(await readIncidents(1)).toHaveLength(1)
  })
})
