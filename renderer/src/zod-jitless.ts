/**
 * Imported (for its effect) by every module that checks input with the contract's zod schemas,
 * before the first check: stops zod probing `new Function` (its JIT), which our CSP (script-src
 * 'self', no 'unsafe-eval') refuses and reports as a console error; and words every check a
 * schema left unworded in plain Chinese, as core's answers are, so a form never shows zod's
 * English ("Too small: expected number to be >=30"). Not in main.ts: zod and the schemas load
 * only with the cadre screens that validate, never with the kiosk's first screen.
 */
import { config } from 'zod'
import { plainIssue } from '../../contract/plain-issues'

config({ jitless: true, customError: plainIssue })
