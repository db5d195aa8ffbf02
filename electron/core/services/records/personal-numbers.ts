/**
 * Guards public text against personal numbers: an ID-card, bank-card or full phone number typed
 * into a record would reach the kiosk screen, so it is refused before anything is stored.
 */
import { ApiFailure } from '../../api/failure'

export type PersonalNumberKind = 'idCard' | 'bankCard' | 'mobile' | 'landline'

export const PERSONAL_NUMBER_NAMES: Record<PersonalNumberKind, string> = {
  idCard: '身份证号',
  bankCard: '银行卡号',
  mobile: '手机号码',
  landline: '电话号码',
}

// Numbers may be written in groups (6222 0210 0112 3456, 138-1234-5678); dates never match.
const PATTERNS: Array<[PersonalNumberKind, RegExp]> = [
  ['idCard', /(?<![0-9])\d{17}[\dXx](?![0-9A-Za-z])/],
  ['idCard', /(?<![0-9])\d{15}(?![0-9])/],
  ['bankCard', /(?<![0-9])\d{16,19}(?![0-9])/],
  ['bankCard', /(?<![0-9])\d{4}(?:[ -]\d{4}){3}(?:[ -]?\d{1,3})?(?![0-9])/],
  ['mobile', /(?<![0-9])(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?![0-9])/],
  ['landline', /(?<![0-9])0\d{2,3}[ -]?\d{7,8}(?![0-9])/],
  ['landline', /\(0\d{2,3}\)\s?\d{7,8}(?![0-9])/],
]

/** Full-width digits, dashes and brackets read on screen exactly like ASCII ones. */
function normalise(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[－—–‐]/g, '-')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/\u3000/g, ' ')
}

/** The first personal number found in a text, or null: 18-digit IDs, 16–19 digit cards, phones. */
export function findPersonalNumber(text: string): PersonalNumberKind | null {
  const s = normalise(text)
  for (const [kind, re] of PATTERNS) if (re.test(s)) return kind
  return null
}

/** A text field of a record: its dotted path (as forms key errors), a label and the value. */
export interface TextField {
  path: string
  label: string
  value: string
}

/**
 * Refuses the whole save when any field holds a personal number, naming every such field in
 * Chinese so the form can show each error beside its field.
 */
export function refusePersonalNumbers(fields: Iterable<TextField>): void {
  const bad: Record<string, string> = {}
  let first = ''
  for (const f of fields) {
    const kind = findPersonalNumber(f.value)
    if (!kind) continue
    const message = `${f.label}里像是有${PERSONAL_NUMBER_NAMES[kind]}，公开的内容不能出现身份证号、银行卡号或完整的电话号码，请删去`
    bad[f.path] ??= message
    first ||= message
  }
  if (first) throw new ApiFailure('BAD_INPUT', `输入有误：${first}`, bad)
}
