/**
 * The stand-in USB sticks' folder (fakes/drives.ts) is this run's own and leaves nothing in /tmp:
 * the tests remove the sticks they plug in, the global setup's teardown the folder they were in.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import setup from './drives-root'
import { plugUsb, TEST_DRIVES } from './fakes/drives'

describe('the stand-in USB sticks’ folder', () => {
  it('is made for this run in the temp folder, not one shared by every run', async () => {
    expect(dirname(TEST_DRIVES)).toBe(tmpdir())
    expect(TEST_DRIVES).toMatch(/village-test-drives-[^/\\]{6}$/)
    expect(existsSync(TEST_DRIVES)).toBe(true)
    const usb = await plugUsb()
    expect(dirname(usb)).toBe(TEST_DRIVES)
    rmSync(usb, { recursive: true })
  })

  it('is removed after the last test file, with any stick a test left in it', () => {
    let root = ''
    const teardown = setup({ provide: (_key, value) => void (root = value) })
    expect(existsSync(root)).toBe(true)
    mkdirSync(join(root, 'usb-left'))
    writeFileSync(join(root, 'usb-left', '备份.cwbak'), 'x')
    teardown()
    expect(existsSync(root)).toBe(false)
  })
})
