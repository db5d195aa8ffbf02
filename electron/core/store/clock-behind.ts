/**
 * A save is refused while the machine's clock is well behind the last saved change: every change
 * is stamped with the time it was made, so a clock set back (by hand, or by a flat motherboard
 * battery after a power cut) would put new records before older ones. A 公示 signed under a
 * clock set back a week would look as if it had been up that week. An hour of slack lets a
 * clock that ran fast be corrected without stopping the village's work.
 */

import { villageWall } from '../../../contract/village-time'

/** How far behind the last change the clock may be before saves stop. */
export const CLOCK_SLACK_MS = 60 * 60_000

const pad = (n: number) => String(n).padStart(2, '0')
/** A moment as the village reads it (UTC+8, whatever zone the host is set to): 2026年11月28日 09:30. */
export function villageTime(d: Date): string {
  const c = villageWall(d)
  return `${c.getUTCFullYear()}年${c.getUTCMonth() + 1}月${c.getUTCDate()}日 ${pad(c.getUTCHours())}:${pad(c.getUTCMinutes())}`
}

/** Thrown for a save made while the clock is behind; `plain` is what the screen says. */
export class ClockBehind extends Error {
  readonly plain: string

  /** `shown`: `last` is a time the kiosk showed since the last save (clock-seen.ts). */
  constructor(now: Date, last: Date, shown = false) {
    const what = shown ? '这台电脑之前显示过的时间' : '上一次保存的时间'
    const plain =
      `这台电脑现在的时间（${villageTime(now)}）比${what}（${villageTime(last)}）还早，` +
      '可能是时间被调过，或者主板电池没电了。为了不让记录的先后颠倒，现在不能保存；' +
      '请把电脑的日期和时间调对后再保存，已有的记录没有改动；' +
      '如果电脑现在的时间是对的，请管理员登录后在管理首页确认'
    super(`store: ${plain}`)
    this.name = 'ClockBehind'
    this.plain = plain
  }
}

/** Whether `now` is more than the slack before the last change (`lastAt`, ISO). */
export function clockBehind(now: Date, lastAt: string): boolean {
  const last = Date.parse(lastAt)
  return Number.isFinite(last) && now.getTime() < last - CLOCK_SLACK_MS
}

/** Throws ClockBehind when `now` is more than the slack before the last change (`lastAt`, ISO). */
export function assertClockNotBehind(now: Date, lastAt: string, shown = false): void {
  if (clockBehind(now, lastAt)) throw new ClockBehind(now, new Date(lastAt), shown)
}
