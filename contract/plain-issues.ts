/**
 * Plain Chinese words for the checks a schema did not word itself (a missing field, a wrong
 * type, an extra key). Without this, zod's built-in English ("Invalid input: expected string,
 * received undefined") reaches cadres' forms and the kiosk. Schema-level messages still win.
 */
import type { z } from 'zod'

type RawIssue = Parameters<z.core.$ZodErrorMap>[0]

function typeWords(expected: unknown, input: unknown): string {
  if (input === undefined) return '请填写这一项'
  if (expected === 'number' || expected === 'int') return '这一项应填数字'
  if (expected === 'string') return '这一项应填文字'
  if (expected === 'boolean') return '这一项应选“是”或“否”'
  return '这一项的内容格式不对'
}

function sizeWords(issue: RawIssue, big: boolean): string {
  const limit = Number(
    big ? (issue as { maximum?: unknown }).maximum : (issue as { minimum?: unknown }).minimum,
  )
  const origin = (issue as { origin?: unknown }).origin
  if (origin === 'string') {
    if (!big && limit <= 1) return '这一项不能为空'
    return big ? `不能超过${limit}个字` : `至少要${limit}个字`
  }
  if (origin === 'array' || origin === 'set') return big ? `最多${limit}项` : `至少要${limit}项`
  return big ? `数值不能大于${limit}` : `数值不能小于${limit}`
}

/** Error map for safeParse: plain words for zod's generic issues; never echoes the input. */
export const plainIssue: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return typeWords(issue.expected, issue.input)
    case 'too_big':
      return sizeWords(issue, true)
    case 'too_small':
      return sizeWords(issue, false)
    case 'invalid_value':
      return '请从给出的选项中选择'
    case 'unrecognized_keys':
      return '有不该填写的项目'
    case 'invalid_format':
      return '格式不对'
    case 'not_multiple_of':
      return '数值不对'
    default:
      return '内容不对'
  }
}
