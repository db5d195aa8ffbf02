import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { app, resetElectron } from '../../fakes/electron'
import { setupTouch } from '../../../../electron/main/touch'

vi.mock('electron', () => import('../../fakes/electron'))

function vueFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return vueFiles(path)
    return path.endsWith('.vue') ? [path] : []
  })
}

describe('touch escapes', () => {
  beforeEach(() => resetElectron())

  it('turns off swipe-to-go-back, pull-to-refresh and whole-page pinch in Chromium', () => {
    setupTouch()
    const switches = Object.fromEntries(app.commandLine.switches)
    expect(switches).toMatchObject({
      'overscroll-history-navigation': '0',
      'pull-to-refresh': '0',
      'disable-pinch': '',
    })
    expect(switches['disable-features']).toContain('TouchpadOverscrollHistoryNavigation')
  })

  it('never calls up the OS touch keyboard from a public screen: every field there types with ours', () => {
    const files = [
      ...vueFiles('renderer/src/views/public'),
      ...vueFiles('renderer/src/components/kiosk'),
    ]
    const fields = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/<(input|textarea)\b[^>]*>/gs)].map((m) => ({
        file,
        tag: m[0],
      })),
    )
    expect(fields.length).toBeGreaterThan(0)
    for (const { file, tag } of fields) expect(tag, file).toMatch(/\sinputmode="none"/)
  })
})
