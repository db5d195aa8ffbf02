import { describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readTar, writeTar } from '../../../../../../../electron/core/services/data/backup/tar'

const entries = [
  { path: 'manifest.json', data: Buffer.from('{"a":1}'), mtime: 1_790_000_000 },
  { path: 'data/journal.jsonl', data: Buffer.alloc(1500, 0x61), mtime: 1_790_000_000 },
  { path: 'data/attachments/ab.jpg', data: Buffer.alloc(0), mtime: 1_790_000_000 },
]

describe('tar', () => {
  it('reads back exactly what it wrote, in 512-byte blocks', () => {
    const bytes = writeTar(entries)
    expect(bytes.length % 512).toBe(0)
    expect(readTar(bytes).map((e) => [e.path, Buffer.from(e.data).toString('hex')])).toEqual(
      entries.map((e) => [e.path, e.data.toString('hex')]),
    )
  })

  it('is a real tar: the system tar lists and extracts it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tar-test-'))
    try {
      await writeFile(join(dir, 'b.tar'), writeTar(entries))
      const list = execFileSync('tar', ['-tf', join(dir, 'b.tar')], { encoding: 'utf8' })
      expect(list.trim().split('\n')).toEqual(entries.map((e) => e.path))
      execFileSync('tar', ['-xf', join(dir, 'b.tar'), '-C', dir])
      expect((await readFile(join(dir, 'data/journal.jsonl'))).length).toBe(1500)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('refuses a damaged header, a cut-off file and a missing end', () => {
    const bytes = writeTar(entries)
    const header = Buffer.from(bytes)
    header[512 + 512 + 10] = 0x7a // inside the second header's name
    expect(() => readTar(header)).toThrow('备份文件已损坏：文件头校验不符（“manifest.json”之后）')
    expect(() => readTar(bytes.subarray(0, 2000))).toThrow(
      '备份文件不完整：“data/journal.jsonl”被截断了',
    )
    expect(() => readTar(bytes.subarray(0, bytes.length - 1024))).toThrow('结尾缺失')
  })
})
