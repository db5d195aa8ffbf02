/** Money is integer fen everywhere; these turn fen into words only at display. */

const DIGITS = '零壹贰叁肆伍陆柒捌玖'
const UNITS = ['', '拾', '佰', '仟']
const SECTIONS = ['', '万', '亿', '万亿']

/**
 * 1234567 → 1,234,567, as toLocaleString('en-US') writes it; by hand, because that call builds
 * an Intl formatter each time, and a sheet of 50 lines spent ~2 ms in it (four times that on an
 * old PC) before its first paint.
 */
function grouped(n: number): string {
  const digits = String(n)
  let out = digits.slice(0, digits.length % 3 || 3)
  for (let i = out.length; i < digits.length; i += 3) out += ',' + digits.slice(i, i + 3)
  return out
}

/** ¥1,234.56 (negative as -¥1,234.56). */
export function formatYuan(fen: number): string {
  assertFen(fen)
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  const yuan = Math.floor(abs / 100)
  const cents = abs % 100
  return `${sign}¥${grouped(yuan)}.${String(cents).padStart(2, '0')}`
}

/** Plain words for a villager: 12.3万元, 9,800元 below ten thousand. */
export function plainYuan(fen: number): string {
  assertFen(fen)
  const sign = fen < 0 ? '负' : ''
  const abs = Math.abs(fen)
  const yuan = Math.round(abs / 100)
  // Decide on the rounded amount, so 9,999.99元 reads 1万元 rather than 10,000元.
  if (yuan >= 10_000) {
    const tenths = Math.round(abs / 100_000) // 0.1 万元 steps
    const wan = Math.floor(tenths / 10)
    const rest = tenths % 10
    return `${sign}${grouped(wan)}${rest ? '.' + rest : ''}万元`
  }
  return `${sign}${grouped(yuan)}元`
}

function sectionWords(n: number): string {
  // n in 0..9999
  let out = ''
  let zero = false
  for (let i = 3; i >= 0; i--) {
    const d = Math.floor(n / 10 ** i) % 10
    if (d === 0) {
      if (out) zero = true
      continue
    }
    if (zero) out += '零'
    zero = false
    out += DIGITS[d]! + UNITS[i]!
  }
  return out
}

/** 大写金额 as on a Chinese voucher: 壹仟贰佰叁拾肆元伍角陆分, 零元整, 拾元整, 负… */
export function toDaxie(fen: number): string {
  assertFen(fen)
  if (fen === 0) return '零元整'
  const sign = fen < 0 ? '负' : ''
  const abs = Math.abs(fen)
  let yuan = Math.floor(abs / 100)
  const jiao = Math.floor(abs / 10) % 10
  const fenDigit = abs % 10
  let intWords = ''
  if (yuan > 0) {
    const parts: number[] = []
    while (yuan > 0) {
      parts.push(yuan % 10000)
      yuan = Math.floor(yuan / 10000)
    }
    let needZero = false
    for (let i = parts.length - 1; i >= 0; i--) {
      const p = parts[i]!
      if (p === 0) {
        needZero = intWords.length > 0
        continue
      }
      if (intWords && (needZero || p < 1000)) intWords += '零'
      intWords += sectionWords(p) + SECTIONS[i]!
      needZero = false
    }
    intWords += '元'
  }
  let dec = ''
  if (jiao === 0 && fenDigit === 0) dec = '整'
  else {
    if (jiao > 0) dec += DIGITS[jiao]! + '角'
    else if (intWords) dec += '零'
    if (fenDigit > 0) dec += DIGITS[fenDigit]! + '分'
    else dec += '整'
  }
  return sign + intWords + dec
}

/**
 * Parse what a cadre types in 元 ("1,234.5", "¥12", "3元") into fen, or null if it is not money.
 * A Chinese input method's full-width digits (１２３４．５) and full stop (1234。5) are the same
 * amount; a thousands comma out of place (1,2345, 12,34.5) is a slip, as the import says too.
 */
export function parseYuanToFen(text: string): number | null {
  const half = text
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/。/g, '.')
  const plain = half.replace(/[\s¥￥]/g, '').replace(/元$/, '')
  if (plain.includes(',') && !/^-?\d{1,3}(,\d{3})+(\.\d*)?$/.test(plain)) return null
  const t = plain.replace(/,/g, '')
  const m = /^(-?)(\d{1,13})(?:\.(\d{1,2}))?$/.exec(t)
  if (!m) return null
  const fen = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'))
  return m[1] ? -fen : fen
}

function assertFen(fen: number): void {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`money: 金额必须是整数分，收到 ${fen}`)
}
