/**
 * Unit tests leave no folders in /tmp: each one a test made (and the keys and backups core put
 * beside it) is gone once the test is over; one shared by a file's tests, once they all are.
 */
import { existsSync, mkdirSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import { app, resetElectron } from './fakes/electron'
import { tempDir, tempDirForFile } from './temp-dir'

vi.mock('electron', () => import('./fakes/electron'))

const made: string[] = []

describe('a folder made in a test', () => {
  it('is there for the whole test, with what core puts beside it', () => {
    const dir = tempDir('temp-dir-test-')
    mkdirSync(`${dir}-secrets`)
    mkdirSync(`${dir}-backups`)
    made.push(dir, `${dir}-secrets`, `${dir}-backups`)
    expect(made.every((d) => existsSync(d))).toBe(true)
  })

  it('is gone, with them, once the test is over', () => {
    expect(made.filter((d) => existsSync(d))).toEqual([])
  })
})

describe('the Electron fake’s userData folder', () => {
  const seen: string[] = []
  it('is a fresh folder for each test', () => {
    resetElectron()
    seen.push(app.userData)
    expect(existsSync(app.userData)).toBe(true)
  })

  it('is gone once that test is over', () => {
    expect(seen.filter((d) => existsSync(d))).toEqual([])
  })
})

describe('a folder shared by a file’s tests', () => {
  const shared = tempDirForFile('temp-dir-shared-')
  it('stays from one test to the next', () => {
    expect(existsSync(shared)).toBe(true)
  })
  it('is still there for the last one', () => {
    expect(existsSync(shared)).toBe(true)
  })
})
