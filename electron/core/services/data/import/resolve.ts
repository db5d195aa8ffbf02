/**
 * A book's 会计科目 (code, 一级 or 一级—二级) to a public category: the village's own answers
 * first, then a known 二级 sub-item, then the standard 一级 subject, then the kiosk's own names.
 * A subject none of these knows is a question for the clerk, never a row error.
 */
import type { CategoryCode } from '../../../../../contract'
import { standardSubject } from './chart'
import { toHalfWidth } from './dates'
import { parseSubject } from './subjects'

/** The village's remembered answers, by subject as asked. */
export type LearnedMap = ReadonlyMap<string, { category: CategoryCode; item: string }>

export type Resolved =
  | { kind: 'cash' }
  | {
      kind: 'line'
      category: CategoryCode
      item: string
      /** Income/expense subjects fix the direction; others (assets, debts…) take it from the side. */
      fixed: 'income' | 'expense' | null
    }
  | { kind: 'ask'; key: string }
  | { kind: 'error'; error: string }

/** The longest 会计科目 a line keeps; a longer cell is not matched at all (it is the row's error). */
export const SUBJECT_MAX = 60

const SEP = /[/／\\\-－—–_:：>＞·]+/

/** The subject as asked and remembered: half-width, no spaces, no leading account code. */
export function subjectKey(text: string): string {
  const t = toHalfWidth(text).replace(/[\s\u3000]/g, '')
  return t.replace(/^\d{3,}[\d.]*(?=\D)/, '').replace(/^[-—_:：.]+/, '')
}

/**
 * 库存现金 or 银行存款 however the bank is added (银行存款农商行, 银行存款（农商行）), or a 2023
 * chart code (1001, 1002, 100201): a cash line read as anything else would leave its voucher
 * looking like one that moved no money.
 */
const cashLike = (name: string, raw: string) =>
  /^(库存现金|银行存款)/.test(name) || /^100[12][\d.]*$/.test(raw)

const fixedOf = (c: CategoryCode) =>
  c === 'income' ? 'income' : c === 'expense' ? 'expense' : null

/** Reads one subject; `categoryText` is a separate 类别 column, when the file has one. */
export function resolveSubject(
  subject: string,
  categoryText: string,
  learned: LearnedMap,
): Resolved {
  const raw = toHalfWidth(subject).replace(/[\s\u3000]/g, '')
  if (!raw) return { kind: 'error', error: '缺少科目' }
  if (categoryText) {
    const r = parseSubject(subject, categoryText)
    return r.ok ? { kind: 'line', ...r, fixed: fixedOf(r.category) } : { kind: 'error', ...r }
  }
  const code = /^(\d{3,}[\d.]*)/.exec(raw)?.[1]
  const key = subjectKey(raw) || raw
  const known = learned.get(key)
  if (known) return { kind: 'line', ...known, fixed: fixedOf(known.category) }
  const parts = key.split(SEP).filter(Boolean)
  // The name is what people read: written beside a code (1131 库存物资, 5011 办公费) it wins, as
  // codes differ between the old chart and the 2023 one; a code alone is read as a code.
  let std = standardSubject(parts[0] ?? key)
  if (!std && code) {
    const own = key === raw ? null : parseSubject(key)
    if (own?.ok) return { kind: 'line', ...own, fixed: fixedOf(own.category) }
    std = standardSubject(code)
  }
  if (std?.kind === 'cash' || cashLike(parts[0] ?? key, raw)) return { kind: 'cash' }
  const fixed = std && (std.kind === 'income' || std.kind === 'expense') ? std.kind : null
  if (!std) {
    const own = parseSubject(key)
    if (own.ok) return { kind: 'line', ...own, fixed: fixedOf(own.category) }
    if (/只写了类别|不属于/.test(own.error)) return { kind: 'error', error: own.error }
    return { kind: 'ask', key }
  }
  if (parts.length > 1) {
    // 管理费用—办公费: a 二级 the kiosk itself names is the more precise item.
    const sub = parseSubject(parts[parts.length - 1]!)
    if (sub.ok && std.category === sub.category) {
      return { kind: 'line', category: sub.category, item: sub.item, fixed }
    }
  }
  if (std.category && std.item)
    return { kind: 'line', category: std.category, item: std.item, fixed }
  return { kind: 'ask', key }
}
