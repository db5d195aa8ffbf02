import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { resetElectron, session } from '../../fakes/electron'
import { downloadPath, setupDownloads } from '../../../../electron/main/downloads'
import { tempDir } from '../../temp-dir'

vi.mock('electron', () => import('../../fakes/electron'))

/** A download as Electron hands it to 'will-download'. */
function item(filename: string) {
  return { getFilename: () => filename, setSavePath: vi.fn() }
}

let dir: string
beforeEach(() => {
  resetElectron()
  dir = join(tempDir('kiosk-dl-'), '村务公开导出')
})

describe('downloads', () => {
  it('sets a save path in the export folder for every download, so no Save dialog opens', () => {
    setupDownloads(dir)
    const first = item('2026年9月公开表.pdf')
    session.defaultSession.emit('will-download', {}, first)
    expect(first.setSavePath).toHaveBeenCalledWith(join(dir, '2026年9月公开表.pdf'))
    expect(existsSync(dir)).toBe(true)
  })

  it('keeps an older file of the same name and strips folders from the suggested name', () => {
    setupDownloads(dir)
    session.defaultSession.emit('will-download', {}, item('x'))
    writeFileSync(join(dir, '账目.csv'), 'old')
    const again = item('账目.csv')
    session.defaultSession.emit('will-download', {}, again)
    expect(again.setSavePath).toHaveBeenCalledWith(join(dir, '账目 (2).csv'))
    expect(readFileSync(join(dir, '账目.csv'), 'utf8')).toBe('old')
    expect(downloadPath(dir, '../../etc/passwd')).toBe(join(dir, 'passwd'))
    expect(downloadPath(dir, '..\\..\\a.csv')).toBe(join(dir, 'a.csv'))
    expect(downloadPath(dir, '.bashrc')).toBe(join(dir, 'bashrc'))
    expect(readdirSync(dir)).toEqual(['账目.csv'])
  })
})

describe('no native file dialog anywhere in the shell', () => {
  it('electron/main never calls dialog.showOpenDialog or showSaveDialog', () => {
    const main = join(__dirname, '../../../../electron/main')
    const files = readdirSync(main, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.ts'))
    const calls = files.filter((f) =>
      /show(Open|Save)Dialog/.test(readFileSync(join(main, f), 'utf8')),
    )
    expect(calls).toEqual([])
  })
})
