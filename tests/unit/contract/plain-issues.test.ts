import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { plainIssue } from '../../../contract/plain-issues'
import { Text } from '../../../contract/schemas/common'

const messages = (schema: z.ZodType, input: unknown) =>
  schema.safeParse(input, { error: plainIssue }).error?.issues.map((i) => i.message) ?? []

describe('plainIssue', () => {
  it('words a missing field, a wrong type and an extra key in plain Chinese, never echoing input', () => {
    const s = z.object({ id: z.string(), n: z.number() }).strict()
    expect(messages(s, { n: 'x', '<script>': 1 })).toEqual([
      '请填写这一项',
      '这一项应填数字',
      '有不该填写的项目',
    ])
  })

  it('gives limits in words and leaves a schema’s own message alone', () => {
    expect(messages(z.array(z.string()).max(2), ['a', 'b', 'c'])).toEqual(['最多2项'])
    expect(messages(z.string().max(3), 'abcd')).toEqual(['不能超过3个字'])
    expect(messages(z.enum(['a', 'b']), 'c')).toEqual(['请从给出的选项中选择'])
    expect(messages(Text(5, '摘要'), '')).toEqual(['摘要不能为空'])
  })
})
