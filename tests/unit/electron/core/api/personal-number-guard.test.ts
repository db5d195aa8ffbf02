/**
 * Every write path refuses a personal number, in Chinese, naming the field or row, and leaves
 * the folder exactly as it was: the journal on disk is compared byte for byte.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Input, Method } from '../../../../../contract'
import { csvText } from '../services/data/import/files'
import { openTestCore, type TestCore } from '../services/auth/helpers'

let t: TestCore

beforeEach(async () => {
  t = await openTestCore(true)
  await t.ok('auth.login', { name: '杨雪梅', password: '111111' }, 'clerk')
  await t.ok('auth.login', { name: '张德明', password: '333333' }, 'admin')
})
afterEach(async () => {
  await t.close()
})

const journal = () => readFile(join(t.dir, 'journal.jsonl'))

/** Calls as `caller`, expects BAD_INPUT naming `path`, and proves nothing moved on disk. */
async function refused<M extends Method>(
  caller: string,
  method: M,
  input: Input<M>,
  path: string,
  words: RegExp,
): Promise<void> {
  const before = await journal()
  const seq = t.seq()
  const r = await t.call(method, input, caller)
  expect(r.ok, `${method} should be refused`).toBe(false)
  if (r.ok) return
  expect(r.error.code).toBe('BAD_INPUT')
  expect(r.error.message).toContain('不能出现身份证号、银行卡号或完整的电话号码')
  expect(r.error.fields?.[path]).toMatch(words)
  expect(t.seq()).toBe(seq)
  expect((await journal()).equals(before)).toBe(true)
}

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')

describe('every write path refuses a personal number and changes nothing', () => {
  it('import.commit: a row carrying an ID number, named by its row in the file', async () => {
    await t.ok('ledger.closePeriod', { period: '2026-11' }, 'clerk')
    const drafts = (await t.ok('ledger.drafts', { period: '2026-11' }, 'clerk')).count
    const rows = [
      ['日期', '凭证号', '摘要', '科目', '收入', '支出', '经手人'],
      ['2026-11-03', '导-1', '购买办公用品', '办公费', '', '120.00', '吴春燕'],
      ['2026-11-04', '导-2', '付张三工资 320102 1990 0101 1234', '办公费', '', '300.00', '吴春燕'],
    ]
    const input = { fileName: '十一月.csv', bytesBase64: b64(csvText(rows)), period: '2026-11' }
    await refused('clerk', 'import.commit', input, 'rows.3.summary', /第3行的摘要.*身份证号/)
    expect((await t.ok('ledger.drafts', { period: '2026-11' }, 'clerk')).count).toBe(drafts)
  })

  it('ledger.saveEntry: a card number written with dots', async () => {
    await t.ok('ledger.closePeriod', { period: '2026-11' }, 'clerk')
    const line: Input<'ledger.saveEntry'> = {
      period: '2026-11',
      date: '2026-11-05',
      voucherNo: '记-2026-11-901',
      summary: '发放补贴',
      category: 'expense',
      item: '其他支出',
      direction: 'expense',
      amountFen: 10_000,
      counterparty: '卡号 6222.0210.0112.3456',
    }
    await refused('clerk', 'ledger.saveEntry', line, 'counterparty', /往来单位或个人.*银行卡号/)
  })

  it('questions.answer: a mobile written with dots, in the public answer', async () => {
    const q = await t.ok(
      'questions.submit',
      { type: '质询', text: '修路的钱花在哪里了？' },
      'kiosk',
    )
    const inbox = await t.ok('questions.inbox', {}, 'clerk')
    const id = inbox.find((x) => x.receipt === q.receipt)!.id
    const answer = { id, text: '请打 138.1234.5678 找会计', attachments: [] }
    await refused('clerk', 'questions.answer', answer, 'text', /手机号码/)
  })

  it('notices.save: an ID number split over lines in the body', async () => {
    const notice: Input<'notices.save'> = {
      kind: 'notice',
      title: '关于领取补贴的通知',
      body: '请持身份证\n320102\n19900101\n1234\n来村部领取',
      validFrom: '2026-11-20',
    }
    await refused('clerk', 'notices.save', notice, 'body', /正文.*身份证号/)
  })

  it('notices.return: even a comment only the clerk reads goes through the same check', async () => {
    const n = await t.ok(
      'notices.save',
      { kind: 'notice', title: '停水通知', body: '明天停水', validFrom: '2026-11-20' },
      'clerk',
    )
    await t.ok('notices.submit', { id: n.id }, 'clerk')
    await t.ok('auth.login', { name: '高志强', password: '222222' }, 'sup')
    const input = { id: n.id, comment: '联系人手机１３８－１２３４－５６７８写进去了' }
    await refused('sup', 'notices.return', input, 'comment', /退回意见.*手机号码/)
  })

  it('members.save (settings of the people page): duties refused, the private phone allowed', async () => {
    const member: Input<'members.save'> = {
      name: '李文华',
      body: 'committee',
      title: '村委会委员',
      duties: '负责低保，电话138.1234.5678',
      phone: '13812345678',
    }
    await refused('admin', 'members.save', member, 'duties', /分工.*手机号码/)
    const saved = await t.ok('members.save', { ...member, duties: '负责低保' }, 'admin')
    expect(saved.phone).toBe('13812345678')
  })

  it('duties.save: the year-round duties board', async () => {
    const [member] = await t.ok('members.list', {}, 'admin')
    const duty: Input<'duties.save'> = {
      memberId: member!.id,
      name: '低保核查',
      statusText: '已核查 12 户',
      lastActionDate: '2026-11-20',
      lastAction: '走访张三，身份证 320102 1990 0101 1234',
    }
    await refused('clerk', 'duties.save', duty, 'lastAction', /身份证号/)
  })
})
