/**
 * A 会计科目 answer is text the clerk types (or the import preview fills in), stored, journaled,
 * backed up and shown on the mapping screen: like every other typed text it refuses letters
 * buried under marks (Zalgo) and direction overrides, with nothing saved.
 */
import { beforeEach, expect, it } from 'vitest'
import { dataHarness } from './harness'
import type { Harness } from '../ledger-admin/harness'

let h: Harness
beforeEach(async () => {
  h = await dataHarness()
})

it('refuses a subject with marks piled on one letter (Zalgo)', async () => {
  const zalgo =
    '租' + '\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308\u0309\u030a'.repeat(5) + '赁收入'
  await h.refused(
    'clerk',
    'subjects.save',
    { subject: zalgo, category: 'income', item: '经营收入' },
    'BAD_INPUT',
  )
  expect((await h.call('clerk', 'subjects.list', {})).learned).toEqual([])
})

it('refuses a subject with a right-to-left override that reverses what the screen shows', async () => {
  await h.refused(
    'clerk',
    'subjects.save',
    { subject: '租赁\u202E入收', category: 'income', item: '经营收入' },
    'BAD_INPUT',
  )
  expect((await h.call('clerk', 'subjects.list', {})).learned).toEqual([])
})
