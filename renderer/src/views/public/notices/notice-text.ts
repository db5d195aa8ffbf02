import { formatYuan, type NoticeView } from '../../../../../contract'
import type { Translate } from '../../../format/facts'

/** A notice's key facts for read-aloud and the QR code (a 公示's window, count, total, objection). */
export function noticeText(n: NoticeView, village: string, t: Translate): string {
  const parts = [`${village} ${n.title}`]
  if (n.countdown) {
    parts.push(t('notices.countdownRange', { from: n.countdown.start, to: n.countdown.end }))
    if (n.countdown.state === 'open')
      parts.push(
        `${t('notices.countdownOpen')}${t('notices.countdownDays', { days: n.countdown.daysLeft })}`,
      )
  }
  if (n.kind === 'gongshi') {
    parts.push(t('notices.listTitle', { count: n.rows.length, amount: formatYuan(n.totalFen) }))
    parts.push(n.objection || t('notices.objectionNone'))
  } else if (n.body) {
    parts.push(n.body)
  }
  return parts.join(t('kiosk.factsJoin'))
}
