/**
 * Guards public text against personal numbers: an ID-card, bank-card or full phone number typed
 * into a record would reach the kiosk screen, so it is refused before anything is stored. The
 * numbers are found by the same detector that masks public answers.
 */
import { ApiFailure } from '../../api/failure'
import { findNumbers } from '../privacy/detect'

export type PersonalNumberKind = 'idCard' | 'bankCard' | 'mobile' | 'landline'

export const PERSONAL_NUMBER_NAMES: Record<PersonalNumberKind, string> = {
  idCard: '身份证号',
  bankCard: '银行卡号',
  mobile: '手机号码',
  landline: '电话号码',
}

/** The first personal number found in a text, or null: 18-digit IDs, 16–19 digit cards, phones. */
export function findPersonalNumber(text: string): PersonalNumberKind | null {
  return findNumbers(text)[0]?.kind ?? null
}

/** A text field of a record: its dotted path (as forms key errors), a label and the value. */
export interface TextField {
  path: string
  label: string
  value: string
}

/** The Chinese refusal for one field holding a number of this kind. */
export function personalNumberMessage(label: string, kind: PersonalNumberKind): string {
  return `${label}里像是有${PERSONAL_NUMBER_NAMES[kind]}，公开的内容不能出现身份证号、银行卡号或完整的电话号码，请删去`
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
    const message = personalNumberMessage(f.label, kind)
    bad[f.path] ??= message
    first ||= message
  }
  if (first) throw new ApiFailure('BAD_INPUT', `输入有误：${first}`, bad)
}
