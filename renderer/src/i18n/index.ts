import zhCN from './zh-CN'

/**
 * The kiosk's words, looked up by dotted key (`home.title`) with `{name}` filled in from the
 * second argument. The kiosk speaks zh-CN only and its messages use nothing but `{name}`
 * (no plurals, no linked messages), so this is a lookup and a replace: no message compiler,
 * no plugin, nothing reactive, and nothing evaluated at start-up beyond the message objects.
 * A missing key shows itself (as vue-i18n did); a missing value is left empty.
 */
type Messages = { readonly [key: string]: string | Messages }

const messages: Messages = zhCN

/** The message at a dotted key, or undefined when there is none (or it is not a leaf). */
function lookup(key: string): string | undefined {
  let at: string | Messages | undefined = messages
  for (const part of key.split('.')) {
    if (at === undefined || typeof at === 'string') return undefined
    at = Object.hasOwn(at, part) ? at[part] : undefined
  }
  return typeof at === 'string' ? at : undefined
}

const PLACEHOLDER = /\{(\w+)\}/g

/** The words for `key`, with each `{name}` replaced by `named[name]` (empty when not given). */
export function t(key: string, named?: Readonly<Record<string, unknown>>): string {
  const message = lookup(key)
  if (message === undefined) return key
  if (!named || !message.includes('{')) return message
  return message.replace(PLACEHOLDER, (_, name: string) => {
    const value = named[name]
    return value === undefined || value === null ? '' : String(value)
  })
}

/** Whether `key` names a message. */
export function te(key: string): boolean {
  return lookup(key) !== undefined
}

/** What a component or store needs to put words on screen (the shape vue-i18n's useI18n had). */
export function useI18n(): { t: typeof t; te: typeof te } {
  return { t, te }
}
