/**
 * The way out of a clock that was set ahead. A save stamped in the future (the clock set forward
 * by hand, a bad time sync) makes the right clock read "behind the last save", and the store
 * refuses every save until that future day. The admin, logged in with their PIN, says the clock
 * is right now: that word is journaled (who, when, the later time it steps over), the store
 * measures later saves from it, and the 监委 sees it on 核验 and among the storage alerts.
 */
import { randomUUID } from 'node:crypto'
import type { ClockFix, ClockState, StorageAlert } from '../../../contract'
import { ApiFailure } from '../api/failure'
import type { HandlerGroup } from '../api/handlers'
import { clockBehind, villageTime } from '../store/clock-behind'
import type { Store } from '../store/types'

declare module '../store/types' {
  interface Collections {
    clockFixes: ClockFix
  }
}

function clockState(store: Store, now: Date): ClockState {
  // The last save, or the later time the kiosk has since shown (a quiet week of reading).
  const lastSavedAt = store.latestAt()
  const shown = lastSavedAt !== store.head().at
  return {
    behind: clockBehind(now, lastSavedAt),
    now: now.toISOString(),
    lastSavedAt,
    ...(shown ? { shown: true as const } : {}),
  }
}

/** Every confirmation, newest first (journal order breaks ties). */
function fixesOf(store: Store): ClockFix[] {
  return [...store.all('clockFixes')].reverse().sort((a, b) => b.at.localeCompare(a.at))
}

/** One step over a later time in plain words (the alerts; 核验 words it the same way). */
function clockFixWords(f: ClockFix): string {
  const last = villageTime(new Date(f.lastSavedAt))
  if (f.shown && f.archive)
    return `管理员${f.actor}恢复了备份“${f.archive}”：这台电脑此前显示过的最晚时间是${last}，比恢复时晚（当时电脑时间调快了）`
  if (f.shown)
    return `管理员${f.actor}确认电脑时间是对的：这台电脑此前显示过的最晚时间是${last}，比确认时晚（当时电脑时间调快了）`
  if (!f.archive)
    return `管理员${f.actor}确认电脑时间是对的：此前最后一次保存记的时间是${last}，比确认时晚（当时电脑时间调快了）`
  return f.confirmed
    ? `管理员${f.actor}确认电脑时间是对的，恢复了备份“${f.archive}”：备份里最后一次保存记的时间是${last}，比恢复时晚（做备份时电脑时间调快了）`
    : `恢复备份“${f.archive}”（管理员${f.actor}）时，备份里最后一次保存记的时间${last}比电脑时间晚，电脑时间可能不对，请核对`
}

/** What the admin and the 监委 read on the workspace home: the clock now, and every confirmation. */
export function clockAlerts(store: Store, now: Date): StorageAlert[] {
  const state = clockState(store, now)
  const out: StorageAlert[] = fixesOf(store).map((f) => ({
    at: f.at,
    level: 'warning',
    file: 'journal.jsonl',
    message: clockFixWords(f),
  }))
  if (state.behind)
    out.unshift({
      at: state.now,
      level: 'error',
      file: 'journal.jsonl',
      message:
        `电脑现在的时间比${state.shown ? '这台电脑此前显示过的最晚时间' : '上一次保存记的时间'}（${villageTime(new Date(state.lastSavedAt))}）早，` +
        '所有保存都会被拒绝。时间不对就把电脑的时间调对；时间是对的，请管理员在管理首页确认',
    })
  return out
}

export const clockFixHandlers: HandlerGroup<
  'system.clock' | 'system.clockConfirm' | 'system.clockFixes'
> = {
  'system.clock': (_input, { store, now }) => clockState(store, now()),
  'system.clockConfirm': async (_input, { store, now, actor }) => {
    const notBehind = () =>
      new ApiFailure('CONFLICT', '电脑时间没有比上一次保存的时间早，不需要确认')
    const state = clockState(store, now())
    if (!state.behind) throw notBehind()
    const id = randomUUID()
    const value: ClockFix = {
      id,
      at: state.now,
      actor: actor?.name ?? '',
      lastSavedAt: state.lastSavedAt,
      ...(state.shown ? { shown: true as const } : {}),
    }
    await store.commit({
      actor,
      action: 'system.clockConfirm',
      entity: 'clockFixes',
      id,
      puts: [{ coll: 'clockFixes', id, value }],
      confirmsClock: true,
      // In the commit's turn: another admin may have confirmed first (no save lands between
      // while the clock is behind), or the clock was put back; then nothing is left to confirm.
      recheck: () => {
        if (!clockBehind(now(), store.latestAt())) throw notBehind()
      },
    })
    return value
  },
  'system.clockFixes': (_input, { store }) => fixesOf(store),
}
