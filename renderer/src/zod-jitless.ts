/**
 * Imported (for its effect) by every module that checks input with the contract's zod schemas,
 * before the first check: stops zod probing `new Function` (its JIT), which our CSP (script-src
 * 'self', no 'unsafe-eval') refuses and reports as a console error. Not in main.ts: zod and the
 * schemas load only with the cadre screens that validate, never with the kiosk's first screen.
 */
import { config } from 'zod'

config({ jitless: true })
