/**
 * Generates a township's inbox: `villages` folders of signed packages over `years`, shaped like
 * a real kiosk's (a sheet a month or a quarter with its lines, notices, projects, answers and a
 * few corrections), each chained to the one before and signed with the village's own key.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { packageFileName, PACKAGE_FORMAT, type PackageBody } from '../../contract'
import { sha256Hex } from '../../electron/core/store/canonical'
import { fingerprintOf } from '../../electron/core/township/keys'
import { encodePackage } from '../../electron/core/township/package-format'

const pad = (n: number) => String(n).padStart(2, '0')
const hex = () => randomBytes(32).toString('hex')
const ITEMS = ['管理费用', '办公费', '干部报酬', '公益事业支出', '经营支出'] as const

function line(period: string, day: string, i: number) {
  const expense = i % 4 !== 0
  return {
    id: `${period}-${i}`,
    period,
    date: day,
    voucherNo: `记-${i}`,
    summary: expense ? `购买办公用品及村部水电费第${i}笔` : `村集体鱼塘发包收入第${i}笔`,
    category: expense ? 'expense' : 'income',
    categoryName: expense ? '各项支出' : '各项收入',
    item: expense ? ITEMS[i % ITEMS.length] : '发包及上交收入',
    direction: expense ? 'expense' : 'income',
    amountFen: 10_000 + ((i * 7919) % 500_000),
    counterparty: '县供电公司',
    handler: '杨*梅',
    attachments: [`${hex()}.jpg`],
    status: 'published',
    version: 1,
    createdAt: `${day}T02:00:00.000Z`,
    createdBy: { id: 'u-clerk', name: '杨雪梅' },
    publishedAt: `${day}T07:00:00.000Z`,
    publishedBy: { id: 'u-sup', name: '高志强' },
    large: false,
  }
}

function sheetView(key: string, lines: ReturnType<typeof line>[]) {
  const sum = (d: string) =>
    lines.filter((l) => l.direction === d).reduce((n, l) => n + l.amountFen, 0)
  return {
    key,
    label: key,
    kind: key.includes('Q') ? 'quarter' : 'month',
    status: 'published',
    incomeFen: sum('income'),
    expenseFen: sum('expense'),
    entryCount: lines.length,
    entries: lines,
  }
}

/** Writes one village's packages into `dir`; returns how many. */
async function village(dir: string, n: number, years: number, perMonth: number): Promise<number> {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  const pub = publicKey.export({ type: 'spki', format: 'der' }).toString('base64')
  const quarterly = n % 2 === 1
  await mkdir(dir, { recursive: true })
  let seq = 0
  let journalTo = 0
  let lastHash = ''
  let prevPackage = ''
  const put = async (
    at: string,
    action: string,
    records: PackageBody['records'],
    journal: number,
  ) => {
    const hashes = Array.from({ length: journal }, hex)
    const body: PackageBody = {
      format: PACKAGE_FORMAT,
      seq: ++seq,
      village: { name: `第${n + 1}村`, township: '沿河镇' },
      publicKey: pub,
      fingerprint: fingerprintOf(pub),
      prevPackage,
      action,
      correction: action.includes('correct'),
      at,
      journal: { from: journalTo + 1, to: journalTo + journal, prev: lastHash, hashes },
      checkpoint: { seq: journalTo + journal, hash: hashes.at(-1)!, at },
      records,
      status: {
        periodMode: quarterly ? 'quarter' : 'month',
        openQuestionDeadlines: ['2036-01-05'],
        matterWarnings: [],
      },
    }
    journalTo += journal
    lastHash = hashes.at(-1)!
    const bytes = encodePackage(body, privateKey)
    prevPackage = sha256Hex(bytes)
    await writeFile(join(dir, packageFileName(seq)), bytes)
  }
  const start = 2036 - years
  for (let y = start; y < 2036; y++) {
    for (let m = 1; m <= 12; m++) {
      const day = `${y}-${pad(m)}-20`
      for (let k = 0; k < 2; k++) {
        const notice = {
          id: hex(),
          title: `关于${y}年${m}月村务事项的公告`,
          body: '详见村部公开栏。'.repeat(20),
        }
        await put(
          `${day}T0${k}:00:00.000Z`,
          'notices.publish',
          [{ method: 'notices.get', input: { id: notice.id }, view: notice }],
          6,
        )
      }
      if (m % 3 === 0)
        await put(
          `${day}T03:00:00.000Z`,
          'questions.answer',
          [
            {
              method: 'questions.public',
              input: {},
              view: {
                id: hex(),
                text: '修路的钱花在哪里？',
                answer: { text: '见第三季度公开表。' },
              },
            },
          ],
          3,
        )
      if (quarterly && m % 3 !== 0) continue
      const key = quarterly ? `${y}-Q${m / 3}` : `${y}-${pad(m)}`
      const count = quarterly ? perMonth * 3 : perMonth
      const lines = Array.from({ length: count }, (_, i) => line(key, `${y}-${pad(m)}-05`, i))
      await put(
        `${y}-${pad(m)}-28T08:00:00.000Z`,
        'ledger.publish',
        [
          {
            method: 'ledger.sheet',
            input: { period: key, all: true },
            view: sheetView(key, lines),
          },
        ],
        count + 3,
      )
    }
    await put(
      `${y}-12-30T08:00:00.000Z`,
      'ledger.correction.publish',
      [{ method: 'ledger.entry', input: { id: 'x' }, view: line(`${y}-12`, `${y}-12-05`, 1) }],
      4,
    )
  }
  return seq
}

/** The whole inbox: one folder per village. Returns the number of packages and bytes written. */
export async function generateTownship(
  inbox: string,
  villages = 30,
  years = 10,
  perMonth = 40,
): Promise<number> {
  let total = 0
  for (let n = 0; n < villages; n++)
    total += await village(join(inbox, `village-${pad(n + 1)}`), n, years, perMonth)
  return total
}
