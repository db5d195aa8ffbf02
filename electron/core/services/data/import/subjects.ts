/** A book's 科目 text to the kiosk's category and sub-item (contract/categories), or a reason why not. */
import { CATEGORIES, type CategoryCode } from '../../../../../contract'
import { toHalfWidth } from './dates'

export type SubjectResult =
  { ok: true; category: CategoryCode; item: string } | { ok: false; error: string }

/** Names village books commonly use for the same sub-item. */
const ALIASES: Record<string, string> = {
  办公费用: '办公费',
  办公用品: '办公费',
  干部工资: '干部报酬',
  干部补贴: '干部报酬',
  村干部报酬: '干部报酬',
  误工补贴: '干部报酬',
  发包收入: '发包及上交收入',
  承包收入: '发包及上交收入',
  上交收入: '发包及上交收入',
  补助: '补助收入',
  上级补助收入: '补助收入',
  财政补助收入: '补助收入',
  分红: '村民分红',
  股份分红: '村民分红',
  公益支出: '公益事业支出',
  管理费: '管理费用',
}

const norm = (s: string) => toHalfWidth(s).replace(/[\s\u3000]/g, '')

/** The categories an item belongs to (an item name is unique across the eight today). */
function categoriesOfItem(item: string): CategoryCode[] {
  return CATEGORIES.filter((c) => (c.items as readonly string[]).includes(item)).map((c) => c.code)
}

function categoryByName(text: string): CategoryCode | undefined {
  const t = norm(text)
  return CATEGORIES.find((c) => c.name === t || c.code === t)?.code
}

/**
 * Reads "办公费", "各项支出/办公费", "支出-办公费" or an alias; a separate 类别 column, when
 * mapped, must agree with the item.
 */
export function parseSubject(subject: string, categoryText = ''): SubjectResult {
  const raw = norm(subject)
  if (!raw) return { ok: false, error: '缺少科目' }
  const parts = raw.split(/[/／\\\-－—_:：>＞·]+/).filter(Boolean)
  const last = parts[parts.length - 1] ?? raw
  const item = ALIASES[last] ?? last
  const hinted = categoryText ? categoryByName(categoryText) : undefined
  if (categoryText && !hinted) {
    return { ok: false, error: `类别“${categoryText.trim()}”不是八类公开类别之一` }
  }
  const fromPath = parts.length > 1 ? categoryByName(parts[0]!) : undefined
  const found = categoriesOfItem(item)
  const wanted = hinted ?? fromPath
  const category = wanted ? found.find((c) => c === wanted) : found[0]
  if (!category) {
    if (categoryByName(item)) {
      return { ok: false, error: `科目“${subject.trim()}”只写了类别，请写明细科目（如“办公费”）` }
    }
    if (wanted && found.length > 0) {
      const name = CATEGORIES.find((c) => c.code === wanted)?.name ?? ''
      return { ok: false, error: `科目“${item}”不属于“${name}”` }
    }
    return {
      ok: false,
      error: `科目“${subject.trim()}”对不上本系统的明细科目（如“办公费”“经营收入”），请改成其中之一`,
    }
  }
  return { ok: true, category, item }
}
