/**
 * PINs a guesser types first. The account lock lets about ten tries through every few minutes,
 * so a kiosk left alone overnight hears hundreds: enough for every PIN on the common lists, not
 * for a PIN picked at random. A new PIN may not be one of these; an old one still logs in.
 */

/** The key shapes and phrases every list of common PINs starts with (those no rule below covers). */
const COMMON = new Set([
  '112233',
  '123321',
  '147258',
  '147258369',
  '147369',
  '159357',
  '159753',
  '258369',
  '369258',
  '741852',
  '789456',
  '963852',
  '5201314',
  '1314520',
])

/** A straight run of digits up or down, like 123456, 345678 or 987654. */
function straightRun(s: string): boolean {
  if (!/^\d+$/.test(s)) return false
  const step = s.charCodeAt(1) - s.charCodeAt(0)
  if (step !== 1 && step !== -1) return false
  for (let i = 2; i < s.length; i++)
    if (s.charCodeAt(i) - s.charCodeAt(i - 1) !== step) return false
  return true
}

/** True for a PIN one of the first guesses would hit: 111111, 123456, 121212, 123123, 520520 … */
export function isGuessablePin(pin: string): boolean {
  // One key held down, or a short pattern of up to three keys repeated.
  if (/^(.{1,3})\1+$/su.test(pin)) return true
  return straightRun(pin) || COMMON.has(pin)
}
