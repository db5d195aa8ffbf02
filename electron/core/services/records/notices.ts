/** 通知, 政策 and 公示 lists: recipients' names masked on save, no personal numbers anywhere. */
import { changedKept, type Notice } from '../../../../contract'
import { maskName } from '../mask'
import { ApiFailure } from '../../api/failure'
import { plusDays } from '../sections/days'
import { FieldErrors, daysBetween } from './field-errors'
import type { TextField } from './personal-numbers'
import { workflowHandlers, type Content, type WorkflowSpec } from './workflow'

/** The law asks 公示 to run at least 7 days, both ends counted. */
export const GONGSHI_MIN_DAYS = 7

function checkNotice(c: Content<'notices'>): Content<'notices'> {
  const errors = new FieldErrors()
  if (c.validTo && c.validTo < c.validFrom) errors.add('validTo', '结束日期不能早于开始日期')
  if (c.kind === 'gongshi') {
    if (!c.validTo) errors.add('validTo', '公示要写明结束日期')
    else if (daysBetween(c.validFrom, c.validTo) + 1 < GONGSHI_MIN_DAYS)
      errors.add('validTo', `公示期不能少于${GONGSHI_MIN_DAYS}天`)
    if (!c.objection) errors.add('objection', '公示要写明有异议时找谁、怎么反映')
  } else if (c.rows.length > 0) {
    errors.add('rows', '只有公示才有名单，请把类别改为“公示”或删去名单')
  }
  errors.throwIfAny()
  // Masking is idempotent: 张三明 → 张*明, and 张*明 stays 张*明.
  return { ...c, rows: c.rows.map((r) => ({ ...r, maskedName: maskName(r.maskedName) })) }
}

/** An ISO date with its year: 2026年12月1日. */
const fullDate = (iso: string): string => `${iso.slice(0, 4)}年${monthDay(iso)}`

/** An ISO date as a villager reads it: 12月1日. */
const monthDay = (iso: string): string =>
  `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`

/**
 * A 公示 is up for its 7 days from the day it goes public: a start date already past does not
 * count the days nobody could see it. Signed three days late, or typed with last week's dates,
 * it would be over before villagers could object.
 *
 * A correction is a 公示 again: it may not end the first one early, push a running one's start
 * off the screen, or turn it into a plain notice. Only a wording fix (the list and the body
 * unchanged) keeps the first window; a person added, removed or changed, or a changed body,
 * runs a new 7 days from the day the correction goes up, so nobody is listed for a day.
 */
function shownLongEnough(
  n: Notice,
  today: string,
  step: 'submit' | 'publish',
  original?: Notice,
): void {
  const first = original?.kind === 'gongshi' ? original : undefined
  if (first) correctsWithinWindow(n, first, today)
  else if (original && showing(original, today) && n.validFrom > today) {
    const message =
      `这条公告现在正在屏幕上显示，更正后的开始日期不能晚于今天（${monthDay(today)}），否则它会从屏幕上消失。` +
      '要预告以后的事，请另发一条新公告'
    throw new ApiFailure('BAD_INPUT', message, { validFrom: message })
  }
  if (n.kind !== 'gongshi' || !n.validTo) return
  if (first && sameContent(n, first)) return
  const from = n.validFrom > today ? n.validFrom : today
  const days = daysBetween(from, n.validTo) + 1
  if (days >= GONGSHI_MIN_DAYS) return
  const end = monthDay(plusDays(from, GONGSHI_MIN_DAYS - 1))
  const again = first ? `名单或正文改了，更正后要重新公示满 ${GONGSHI_MIN_DAYS} 天。` : ''
  const left =
    days > 0
      ? `公示从今天（${monthDay(today)}）公开到结束日期 ${monthDay(n.validTo)} 只有 ${days} 天，不足 ${GONGSHI_MIN_DAYS} 天`
      : `公示的结束日期 ${monthDay(n.validTo)} 已经过了`
  const fix = step === 'publish' ? '请退回，让经办人把' : '请把'
  const message = `${again}${left}，村民来不及提出异议。${fix}结束日期改到 ${end} 或以后`
  throw new ApiFailure('BAD_INPUT', message, { validTo: message })
}

/** A correction of a 公示 stays one, and neither ends it early nor moves a running one's start on. */
function correctsWithinWindow(n: Notice, first: Notice, today: string): void {
  const refuse = (field: string, message: string): never => {
    throw new ApiFailure('BAD_INPUT', message, { [field]: message })
  }
  // The kept kind is contract/correction-kept.ts's rule, which the correction form shows too.
  for (const [field, message] of Object.entries(changedKept('notices', n, first)))
    refuse(field, message)
  // Ending earlier is a fix (a year typed wrong) while villagers still get 7 days from today.
  const lastFair = plusDays(today, GONGSHI_MIN_DAYS - 1)
  if (first.validTo && n.validTo && n.validTo < first.validTo && n.validTo < lastFair)
    refuse(
      'validTo',
      `更正后的结束日期 ${fullDate(n.validTo)} 早于原来的 ${fullDate(first.validTo)}，离今天也不足 ${GONGSHI_MIN_DAYS} 天，` +
        `村民来不及提出异议。请把结束日期改到 ${fullDate(lastFair)} 或以后`,
    )
  if (showing(first, today) && n.validFrom > today)
    refuse('validFrom', `这份公示正在公示中，更正后的开始日期不能晚于今天（${monthDay(today)}）`)
}

/** Whether a notice is on the board today: started and not yet ended. */
const showing = (n: Notice, today: string): boolean =>
  n.validFrom <= today && (!n.validTo || n.validTo >= today)

/** The list and the body as villagers read them, unchanged: a wording fix elsewhere. */
function sameContent(n: Notice, first: Notice): boolean {
  const rows = (x: Notice) =>
    JSON.stringify(x.rows.map((r) => [r.maskedName, r.group, r.reason, r.amountFen]))
  return n.body === first.body && rows(n) === rows(first)
}

function noticeTexts(c: Content<'notices'>): TextField[] {
  return [
    { path: 'title', label: '标题', value: c.title },
    { path: 'body', label: '正文', value: c.body },
    { path: 'objection', label: '异议方式', value: c.objection },
    ...c.rows.flatMap((r, i) => [
      { path: `rows.${i}.maskedName`, label: `名单第${i + 1}行的姓名`, value: r.maskedName },
      { path: `rows.${i}.group`, label: `名单第${i + 1}行的村民小组`, value: r.group },
      { path: `rows.${i}.reason`, label: `名单第${i + 1}行的原因`, value: r.reason },
    ]),
  ]
}

export const noticeSpec: WorkflowSpec<'notices'> = {
  coll: 'notices',
  noun: '公告',
  title: (n: Notice) => n.title,
  texts: noticeTexts,
  prepare: checkNotice,
  goingPublic: shownLongEnough,
}

/** notices.save / submit / return / publish / correct / drafts. */
export const noticeHandlers = workflowHandlers(noticeSpec)
