/**
 * A file-system failure the backup screens have no words of their own for (a name too long, a
 * move across drives, a Node error) is still said in plain Chinese with its code for the
 * technician, never as Node's English message ("ENAMETOOLONG: name too long, scandir …").
 */
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { expect, it } from 'vitest'
import {
  placeProblem,
  swapProblem,
} from '../../../../../../../electron/core/services/data/backup/errors'
import { listBackups } from '../../../../../../../electron/core/services/data/backup/list'

/** Two Latin words in a row: an English sentence a cadre cannot read. */
const ENGLISH = /[A-Za-z]{2,}[\s,:]+[A-Za-z]{2,}/

const nodeError = (code: string, message: string) => Object.assign(new Error(message), { code })

it('an unfamiliar code is said in Chinese with the code, without the English message', () => {
  for (const [code, message] of [
    ['EXDEV', 'EXDEV: cross-device link not permitted, rename'],
    ['EMFILE', 'EMFILE: too many open files, open'],
    ['ERR_INVALID_ARG_TYPE', 'The "path" argument must be of type string. Received undefined'],
  ] as const) {
    const said = placeProblem(nodeError(code, message))
    expect(said).toBe(`文件操作没有成功（代码 ${code}），请重试或联系技术人员`)
    const swap = swapProblem(nodeError(code, message), false)
    expect(swap).toContain(`代码 ${code}`)
    expect(swap).not.toMatch(ENGLISH)
  }
  // No code at all (a library's own error): the same words without one.
  expect(placeProblem(new Error('Unexpected end of JSON input'))).toBe(
    '文件操作没有成功，请重试或联系技术人员',
  )
  expect(placeProblem('socket hang up')).not.toMatch(ENGLISH)
})

it('a folder the backup list cannot open for such a reason is said in Chinese', async () => {
  const tooLong = join(tmpdir(), 'u'.repeat(300))
  const failed = await listBackups(tooLong).catch((e: Error) => e)
  expect(failed).toBeInstanceOf(Error)
  const said = (failed as Error).message
  expect(said).toBe(
    '无法打开这个文件夹：文件操作没有成功（代码 ENAMETOOLONG），请重试或联系技术人员',
  )
  expect(said).not.toMatch(ENGLISH)
})
