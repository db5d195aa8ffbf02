import { createI18n } from 'vue-i18n'
import zhCN, { type MessageSchema } from './zh-CN'

declare module 'vue-i18n' {
  // Typed message keys everywhere t() is used.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends MessageSchema {}
}

/**
 * The kiosk speaks zh-CN only for now; messages are a plain object so vue-i18n compiles
 * them without eval (its JIT), which the strict CSP (script-src 'self') requires.
 */
export const i18n = createI18n<[MessageSchema], 'zh-CN', false>({
  legacy: false,
  locale: 'zh-CN',
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN },
})
