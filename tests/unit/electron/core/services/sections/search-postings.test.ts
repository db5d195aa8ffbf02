import { describe, expect, it } from 'vitest'
import { field, matchField } from '../../../../../../electron/core/services/sections/search-match'
import {
  buildPostings,
  candidates,
} from '../../../../../../electron/core/services/sections/search-postings'

const TEXTS = [
  '五组修路一事一议筹资方案',
  '支付路灯维修费',
  '秸秆禁烧通知',
  '村务公开栏更新',
  '购买办公用品 HP 打印机',
  '2026年第3季度财务公开',
  '徐立新',
  '绿化造林',
  'ABC 合作社',
  '',
]

describe('the prefix index never loses a match', () => {
  const fields = TEXTS.map((t) => field(t))
  const postings = buildPostings(fields)
  // Every substring of every text, of its full pinyin and of its initials, up to 6 characters.
  const queries = new Set<string>()
  for (const f of fields) {
    for (const s of [f.lower, f.full, f.initials]) {
      const chars = Array.from(s)
      for (let i = 0; i < chars.length; i++)
        for (let j = i + 1; j <= Math.min(chars.length, i + 6); j++)
          queries.add(chars.slice(i, j).join('').replace(/\s+/g, ''))
    }
  }
  queries.delete('')

  it('lists, for each query, every text that matches it by text, pinyin or initials', () => {
    expect(queries.size).toBeGreaterThan(300)
    for (const q of queries) {
      const listed = new Set(candidates(postings, q, fields.length))
      const matching = fields.flatMap((f, id) => (matchField(f, q, true) ? [id] : []))
      for (const id of matching) expect(listed.has(id), `${q} in ${TEXTS[id]}`).toBe(true)
    }
  })

  it('lists nothing for a query no text can match', () => {
    expect(candidates(postings, 'qqq', fields.length)).toEqual([])
    expect(candidates(postings, '没有', fields.length)).toEqual([])
  })
})
