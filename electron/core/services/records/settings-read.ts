/**
 * The village settings as read, field by field: one stored value that no longer reads (an older
 * version allowed an idle time of 20 seconds) falls back to its default alone, the others are
 * kept, and the admin and the 监委 are told among the storage alerts, never left guessing why
 * the kiosk behaves otherwise than set.
 */
import { DEFAULT_SETTINGS, Settings, formatYuan, type StorageAlert } from '../../../../contract'
import type { Store } from '../../store/types'

type Field = keyof Settings

/** Each field's name as the 系统设置 form shows it, and its value in the same words. */
const WORDS: { [K in Field]: [string, (v: Settings[K]) => string] } = {
  periodMode: ['财务公开周期', (v) => (v === 'month' ? '每月公开' : '每季度公开')],
  largeExpenseFen: ['大额支出提醒线', (v) => `${formatYuan(v).replace('¥', '')}元`],
  idleSeconds: ['无人操作多少秒后回到首页', (v) => `${v}秒`],
  questionDueDays: ['村民提问最迟几天内答复', (v) => `${v}天`],
}

const FIELDS = Object.keys(Settings.shape) as Field[]

/** The settings, and the stored fields that did not read (each then at its default). */
export function readSettings(store: Store): { settings: Settings; unread: Field[] } {
  const stored: Record<string, unknown> = { ...store.get('settings', 'settings') }
  const settings: Record<string, unknown> = {}
  const unread: Field[] = []
  for (const f of FIELDS) {
    const parsed = Settings.shape[f].safeParse(stored[f])
    if (parsed.success) settings[f] = parsed.data
    else {
      settings[f] = DEFAULT_SETTINGS[f]
      unread.push(f)
    }
  }
  return { settings: settings as Settings, unread }
}

/** Stored settings over the defaults, a field that does not read at its default alone. */
export function settingsOf(store: Store): Settings {
  return readSettings(store).settings
}

/** A stored value as the alert quotes it: short, and never the whole of a long text. */
function quoted(v: unknown): string {
  const text = typeof v === 'string' ? `“${v}”` : (JSON.stringify(v) ?? String(v))
  return text.length > 30 ? `${text.slice(0, 30)}…` : text
}

/** One warning per stored setting that did not read, for the workspace home's storage alerts. */
export function settingsAlerts(store: Store, now: Date): StorageAlert[] {
  const { unread } = readSettings(store)
  const stored: Record<string, unknown> = { ...store.get('settings', 'settings') }
  const at = store.lastUpdated('settings') || now.toISOString()
  return unread.map((f) => {
    const [label, show] = WORDS[f] as [string, (v: unknown) => string]
    return {
      at,
      level: 'warning',
      file: 'settings.json',
      message: `系统设置里保存的“${label}”读不出来（存的是 ${quoted(stored[f])}），现在按默认的${show(DEFAULT_SETTINGS[f])}使用；其他设置照常。请管理员打开系统设置核对后保存`,
    }
  })
}
