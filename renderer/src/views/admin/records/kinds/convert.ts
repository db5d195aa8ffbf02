/** Turning what a cadre typed into API input: whole numbers and 元 amounts, each error by field. */
import { parseYuanToFen } from '../../../../../../contract'

/** Messages for text that is not a number, in the screen's words. */
export interface ConvertWords {
  badNumber: string
  badAmount: string
}

/** Collects typed-text problems by field path while a draft is converted. */
export class Converter {
  readonly errors: Record<string, string> = {}

  constructor(private readonly words: ConvertWords) {}

  /** A whole number ≥ 0 ('' counts as 0 when `blankIsZero`). */
  int(text: string, path: string, blankIsZero = true): number {
    const s = text.trim()
    if (s === '' && blankIsZero) return 0
    if (!/^\d{1,9}$/.test(s)) {
      this.errors[path] ??= this.words.badNumber
      return 0
    }
    return Number(s)
  }

  /** An amount typed in 元 → integer fen, never through floating point. */
  fen(text: string, path: string): number {
    const fen = parseYuanToFen(text)
    if (fen === null || fen < 0) {
      this.errors[path] ??= this.words.badAmount
      return 0
    }
    return fen
  }
}

/** '' → undefined, so an optional date or link left empty is simply not sent. */
export const opt = (s: string): string | undefined => (s.trim() === '' ? undefined : s.trim())

/** 12345 fen → "123.45", so an edit shows the amount as a clerk would type it. */
export function fenToText(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`
}

/** A short random id for a new row (milestones); works without a secure context. */
export function rowId(): string {
  const bytes = new Uint8Array(8)
  crypto.getRandomValues(bytes)
  return `r-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`
}
