/**
 * The sealed header names each attachment's place in the data folder. Someone holding the
 * archive key could name a data file there instead (ledger-2019.json): restored without the
 * checks every data file gets, it would put records the journal never had on the screen.
 */
import { mkdir, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readHeader } from '../../../../../../../electron/core/services/data/backup/archive'
import { createBackup } from '../../../../../../../electron/core/services/data/backup/create'
import { restoreBackup } from '../../../../../../../electron/core/services/data/backup/restore'
import { writeSealed } from '../../../../../../../electron/core/services/data/backup/seal'
import { sha256Hex } from '../../../../../../../electron/core/store/canonical'
import { serializeDoc } from '../../../../../../../electron/core/store/durable-adapter'
import { NOW, demoFolder, type Folder } from './folder'
import { innerOf } from './sealed'

let f: Folder
beforeEach(async () => {
  f = await demoFolder()
})
afterEach(async () => {
  await f.cleanup()
})

async function* once(b: Buffer) {
  yield b
}

describe('attachment places in a sealed header', () => {
  it('one naming a data file, not an attachment, is refused and nothing is replaced', async () => {
    const made = await createBackup({
      dataDir: f.dataDir,
      targetDir: f.target,
      now: NOW,
      automatic: false,
      secrets: f.secrets,
    })
    const key = (await f.secrets.archiveKey())!
    const inner = await innerOf(made.path, f.secrets)
    const header = await readHeader(made.path)
    const planted = Buffer.from(
      serializeDoc({
        seq: 1,
        data: { ledger: { fake: { id: 'fake', date: '2019-03-01', summary: '虚构支出' } } },
      }),
    )
    const sha = sha256Hex(planted)
    const stored = `${sha}.${key.keyId.slice(0, 8)}.json`
    await mkdir(join(f.target, 'attachments'), { recursive: true })
    await writeSealed(
      join(f.target, 'attachments', stored),
      { kind: 'attachment', keyId: key.keyId, sha256: sha, size: planted.length },
      key.key,
      once(planted),
    )
    header.attachments.push({ path: 'ledger-2019.json', sha256: sha, size: planted.length, stored })
    await unlink(made.path)
    await writeSealed(made.path, header, key.key, once(inner))
    const before = f.store().head()
    await expect(
      restoreBackup({
        archivePath: made.path,
        hooks: f.hooks,
        now: new Date(NOW.getTime() + 60_000),
        actor: null,
      }),
    ).rejects.toThrow(
      '备份里的附件清单有不是附件的文件（ledger-2019.json），恢复没有进行，现在的数据保持原样',
    )
    expect(f.store().head()).toEqual(before)
    expect(f.store().get('ledger', 'fake')).toBeUndefined()
  })
})
