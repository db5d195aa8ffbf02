/** Folders that clash with each other: one key in two folders, or one name under two keys. */
import type { FolderCheck } from './inbox'

/**
 * One village signs with one key, so one key in two folders means a village's packages were
 * put or copied where another village's belong: each such folder says so on its row, not shown
 * as a second verified village under a name it took from the packages.
 */
export function sharedKeys(checks: FolderCheck[]): void {
  const byKey = new Map<string, string[]>()
  for (const c of checks) {
    if (!c.fingerprint || c.chain.length === 0) continue
    byKey.set(c.fingerprint, [...(byKey.get(c.fingerprint) ?? []), c.folder])
  }
  for (const c of checks) {
    const others = (byKey.get(c.fingerprint) ?? []).filter((f) => f !== c.folder)
    if (others.length === 0) continue
    c.problems.push({
      village: c.name,
      folder: c.folder,
      kind: 'key',
      seq: null,
      message: `这个文件夹（${c.folder}）里的包和文件夹 ${others.join('、')} 里的是同一把钥匙签的：同一个村的包不该在两个文件夹里，可能放错了地方或被人复制，请核对`,
    })
  }
}

// What draws nothing or only space (zero-width and joining characters, soft hyphens, variation
// selectors, spaces of every width): a name with them added reads the same on the console.
const UNSEEN = /[\s\p{Z}\p{Cf}\p{Default_Ignorable_Code_Point}]/gu

/** A name as it reads: full-width and compatibility forms as their plain ones, nothing unseen. */
function asRead(name: string): string {
  return name.normalize('NFKC').replace(UNSEEN, '')
}

/**
 * Folders whose packages give the same village name under different keys: one of them is not
 * that village (a folder made with a stranger's key), so neither is shown as all right. Names
 * are compared as they read: a zero-width character or a space added makes no other village.
 */
export function sharedNames(checks: FolderCheck[]): void {
  const byName = new Map<string, FolderCheck[]>()
  for (const c of checks) {
    if (!c.fingerprint || c.chain.length === 0) continue
    const name = asRead(c.name)
    byName.set(name, [...(byName.get(name) ?? []), c])
  }
  for (const same of byName.values()) {
    if (new Set(same.map((c) => c.fingerprint)).size < 2) continue
    for (const c of same) {
      const others = same.filter((o) => o.folder !== c.folder).map((o) => o.folder)
      c.problems.push({
        village: c.name,
        folder: c.folder,
        kind: 'key',
        seq: null,
        message: `这个文件夹（${c.folder}）和文件夹 ${others.join('、')} 都自称“${c.name}”，签名钥匙却不同：其中有一个不是这个村发来的，请按村里打印的公开表上的指纹核对`,
      })
    }
  }
}
