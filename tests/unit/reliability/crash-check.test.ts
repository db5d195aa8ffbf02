/** The crash checks themselves must be able to fail: a torn file, a lost ack, a half-applied change. */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createHash } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openStore } from '../../../electron/core/store'
import { checkFolder, type Ack } from '../../reliability/crash-check'
import { crashOps } from '../../reliability/crash-stream'

const SEED = 7
let dir = ''
let acks: Ack[] = []

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crash-check-'))
  const store = await openStore({ dir, now: () => new Date('2026-11-25T01:30:00.000Z') })
  acks = []
  for (const op of crashOps(SEED, false)) {
    if (op.k >= 12 || op.kind !== 'commit') break
    const e = await store.commit(op.change)
    acks.push({ k: op.k, seq: e.seq, hash: e.hash.slice(0, 8) })
  }
  await store.close()
})
afterEach(() => rm(dir, { recursive: true, force: true }))

const ledgerFile = async () => (await readdir(dir)).find((n) => /^ledger-\d{4}\.json$/.test(n))!

describe('crash checks', () => {
  it('pass a folder the store wrote and closed normally', async () => {
    expect(await checkFolder(dir, acks, SEED, false)).toEqual({ corrupt: [], lost: [] })
  })

  it('report a torn document', async () => {
    const file = join(dir, await ledgerFile())
    const text = await readFile(file, 'utf8')
    await writeFile(file, text.slice(0, text.length / 2))
    const r = await checkFolder(dir, acks, SEED, false)
    expect(r.corrupt.join('\n')).toMatch(/断电后：ledger-\d{4}\.json: 无法解析/)
  })

  it('report an acknowledged change the journal does not hold', async () => {
    const last = acks.at(-1)!
    const r = await checkFolder(
      dir,
      [...acks, { k: last.k + 1, seq: last.seq + 1, hash: 'abcd1234' }],
      SEED,
      false,
    )
    expect(r.lost).toEqual([
      `第 ${last.k + 1} 笔（序号 ${last.seq + 1}）已确认保存，重启后却不在变更日志里`,
    ])
  })

  it('report a change whose records reached the document only in part', async () => {
    const file = join(dir, await ledgerFile())
    const doc = JSON.parse(await readFile(file, 'utf8')) as {
      seq: number
      data: Record<string, Record<string, unknown>>
    }
    const ledger = doc.data.ledger!
    delete ledger[Object.keys(ledger)[0]!]
    const body = JSON.stringify(doc.data)
    const sha = createHash('sha256').update(body).digest('hex')
    await writeFile(file, `{"schemaVersion":1,"seq":${doc.seq},"sha256":"${sha}","data":${body}}`)
    const r = await checkFolder(dir, acks, SEED, false)
    expect(r.corrupt.join('\n')).toMatch(/ledger：文件里有 \d+ 条，变更日志合计应有 \d+ 条/)
  })
})
