import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS } from '../../../../../../contract'
import { RATE_LIMIT } from '../../../../../../electron/core/services/questions/submit'
import { project, put, putOne } from '../fixtures'
import { harness, type Harness } from './harness'

const ask = (h: Harness, text: string, caller = 'kiosk') =>
  h.call('questions.submit', { type: '质询', text }, caller)

/** Runs a call that must be refused with `code`; proves the journal did not move. */
async function refused(h: Harness, run: () => Promise<unknown>, code: string): Promise<string> {
  const before = h.seq()
  const count = h.store.all('questions').length
  const r = (await run()) as { ok: boolean; error?: { code: string; message: string } }
  expect(r.ok).toBe(false)
  expect(r.error?.code).toBe(code)
  expect(h.seq()).toBe(before)
  expect(h.store.all('questions')).toHaveLength(count)
  return r.error?.message ?? ''
}

describe('questions.submit refuses bad text and stores nothing', () => {
  it.each([
    ['empty', '', '问题内容不能为空'],
    ['only spaces', '   \n  ', '问题内容不能为空'],
    ['too long', '修'.repeat(301), '问题内容不能超过300个字'],
    ['a control character', '修路\u0007的钱', '问题内容含有不可见的控制字符'],
    ['a direction override', '修路\u202E的钱', '问题内容含有不可见的控制字符'],
  ])('%s', async (_what, text, words) => {
    const h = harness()
    expect(await refused(h, () => ask(h, text), 'BAD_INPUT')).toContain(words)
  })

  it('refuses an unknown type and a malformed phone, in Chinese', async () => {
    const h = harness()
    const bad = { type: '投诉', text: '修路' } as unknown as { type: '质询'; text: string }
    expect(await refused(h, () => h.call('questions.submit', bad), 'BAD_INPUT')).toContain(
      '请选择提问的类型',
    )
    const phone = { type: '质询' as const, text: '修路', phone: '12345' }
    expect(await refused(h, () => h.call('questions.submit', phone), 'BAD_INPUT')).toContain(
      '电话号码不对',
    )
  })

  it('refuses a question about something not published', async () => {
    const h = harness()
    await put(h.store, 'projects', [project({ id: 'p-draft', status: 'draft' })])
    const input = {
      type: '质询' as const,
      text: '进度？',
      about: { section: 'projects' as const, id: 'p-draft' },
    }
    expect(await refused(h, () => h.call('questions.submit', input), 'BAD_INPUT')).toContain(
      '找不到或还没有公开',
    )
  })
})

describe('questions.submit stores a masked question', () => {
  it('accepts exactly 300 characters, trimmed, with an 8-digit receipt due in 10 days', async () => {
    const h = harness()
    const r = await h.ok('questions.submit', { type: '建议', text: `  ${'修'.repeat(300)}  ` })
    expect(r).toEqual({
      receipt: expect.stringMatching(/^\d{8}$/),
      dueAt: '2026-12-05',
      maskedKinds: [],
    })
    const [q] = h.store.all('questions')
    expect(q).toMatchObject({
      text: '修'.repeat(300),
      receipt: r.receipt,
      masked: false,
      type: '建议',
    })
  })

  it('stores only the masked text, never the number typed', async () => {
    const h = harness()
    const r = await h.ok('questions.submit', {
      type: '求助',
      text: '我身份证32098119800101123X，手机13812345678，低保为什么停了',
    })
    expect(r.maskedKinds).toEqual(['idCard', 'mobile'])
    const [q] = h.store.all('questions')
    expect(q?.masked).toBe(true)
    expect(JSON.stringify(q)).not.toContain('19800101')
    expect(JSON.stringify(q)).not.toContain('13812345678')
  })

  it('masks a number split an unusual way to get it onto the board (it is public at once)', async () => {
    const h = harness()
    const r = await h.ok('questions.submit', {
      type: '质询',
      text: '修路的钱怎么花的？找我：138，0013，8000',
    })
    expect(r.maskedKinds).toEqual(['mobile'])
    const [q] = h.store.all('questions')
    expect(q?.text).toBe('修路的钱怎么花的？找我：138****8000')
    expect(q?.masked).toBe(true)
  })

  it('takes the due days from the village settings', async () => {
    const h = harness()
    await putOne(h.store, 'settings', 'settings', { ...DEFAULT_SETTINGS, questionDueDays: 7 })
    expect((await h.ok('questions.submit', { type: '质询', text: '修路' })).dueAt).toBe(
      '2026-12-02',
    )
  })

  it('keeps the title of the published item asked about, from the store', async () => {
    const h = harness()
    await put(h.store, 'projects', [project({ id: 'p-1', name: '三组道路硬化工程' })])
    await h.ok('questions.submit', {
      type: '质询',
      text: '何时完工？',
      about: { section: 'projects', id: 'p-1' },
    })
    expect(h.store.all('questions')[0]?.about).toEqual({
      section: 'projects',
      id: 'p-1',
      title: '三组道路硬化工程',
    })
  })

  it('gives each question its own receipt', async () => {
    const h = harness()
    const receipts = new Set<string>()
    for (let i = 0; i < 5; i++)
      receipts.add((await h.ok('questions.submit', { type: '建议', text: `第${i}条` })).receipt)
    expect(receipts.size).toBe(5)
  })
})

describe('the per-kiosk rate limit', () => {
  it('refuses the sixth question in 10 minutes, plainly, and allows it again after', async () => {
    const h = harness()
    expect(RATE_LIMIT).toEqual({ max: 5, windowMs: 600_000 })
    for (let i = 0; i < 5; i++) {
      expect((await ask(h, `第${i + 1}个问题`)).ok).toBe(true)
      h.advance(60_000)
    }
    // 5 minutes after the first: the sixth is refused.
    expect(await refused(h, () => ask(h, '第六个问题'), 'RATE_LIMITED')).toBe(
      '提问太频繁，请10分钟后再试',
    )
    // Another kiosk window is not held back by this one.
    expect((await ask(h, '别的窗口', 'kiosk-2')).ok).toBe(true)
    // 10 minutes after the first question, it no longer counts.
    h.advance(5 * 60_000)
    expect((await ask(h, '第六个问题')).ok).toBe(true)
    expect(await refused(h, () => ask(h, '第七个问题'), 'RATE_LIMITED')).toContain('10分钟')
  })

  it('counts per screen: a reloaded page of the same window is still held back', async () => {
    const h = harness()
    for (let i = 0; i < 5; i++) expect((await ask(h, `第${i + 1}个问题`, 'wc:3/0')).ok).toBe(true)
    expect(await refused(h, () => ask(h, '第六个问题', 'wc:3/1'), 'RATE_LIMITED')).toContain(
      '10分钟',
    )
  })
})
