/** Where a record is stored and what a stored record may be: names, files, frozen values. */
const FIXED_FILES = new Map<string, string>([
  ['village', 'village'],
  ['members', 'village'],
  ['settings', 'settings'],
  ['sheets', 'sheets'],
  ['projects', 'projects'],
  ['matters', 'matters'],
  ['notices', 'notices'],
])
const COLL_NAME = /^[a-z][A-Za-z]{0,40}$/
const FILE_NAME = /^[a-z][A-Za-z]{0,40}(-\d{4})?$/

/** Rejects names that could escape the folder, collide with other files or poison prototypes. */
export function checkPut(p: { file?: string; coll: string; id: string }): void {
  if (!COLL_NAME.test(p.coll)) throw new Error(`store: 集合名称不合法：${p.coll}`)
  if (p.file !== undefined && !FILE_NAME.test(p.file)) {
    throw new Error(`store: 文件名称不合法：${p.file}`)
  }
  if (!p.id || p.id.length > 200 || p.id === '__proto__') {
    throw new Error(`store: 记录编号不合法：${p.id}`)
  }
}

/** Document (file name without .json) a record belongs in; ledger is split by the entry's year. */
export function fileFor(coll: string, value: unknown): string {
  if (coll !== 'ledger') return FIXED_FILES.get(coll) ?? coll
  const date = value && typeof value === 'object' ? (value as { date?: unknown }).date : undefined
  if (typeof date !== 'string' || !/^\d{4}-/.test(date)) {
    throw new Error('store: 账目缺少有效日期，无法确定存放年份')
  }
  return `ledger-${date.slice(0, 4)}`
}

/** Freezes a stored record so a caller cannot change it without a commit. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    // for…in and index loops: no arrays allocated per object (60,000 lines are frozen on open).
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) deepFreeze(value[i] as unknown)
    } else {
      const obj = value as Record<string, unknown>
      for (const k in obj) if (Object.hasOwn(obj, k)) deepFreeze(obj[k])
    }
  }
  return value
}

/** The object's own property (never one inherited through the prototype). */
export function own<T>(obj: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(obj, key) ? obj[key] : undefined
}
