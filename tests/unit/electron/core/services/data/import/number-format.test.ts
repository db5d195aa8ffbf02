import { describe, expect, it } from 'vitest'
import { isRedFormat } from '../../../../../../../electron/core/services/data/import/number-format'

describe('a number format that draws a figure red', () => {
  it('judges the section Excel uses for the figure: positive, negative, zero', () => {
    expect(isRedFormat('[Red]#,##0.00', 56.5)).toBe(true)
    expect(isRedFormat('#,##0.00;[Red]#,##0.00', 56.5)).toBe(false)
    expect(isRedFormat('#,##0.00;[Red]#,##0.00', -56.5)).toBe(true)
    expect(isRedFormat('[Red]#,##0.00;#,##0.00', 56.5)).toBe(true)
    expect(isRedFormat('#,##0.00;-#,##0.00;[Red]0', 0)).toBe(true)
    expect(isRedFormat('#,##0.00;-#,##0.00', 0)).toBe(false)
    expect(isRedFormat('[Color3]0.00', 5)).toBe(true)
    expect(isRedFormat('[COLOR 3]0.00', 5)).toBe(true)
    expect(isRedFormat('[Color10]0.00', 5)).toBe(false)
    expect(isRedFormat('[Blue]0.00', 5)).toBe(false)
    expect(isRedFormat('General', 5)).toBe(false)
    expect(isRedFormat(undefined, 5)).toBe(false)
  })

  it('reads conditions, and a ; inside quotes, escapes or brackets does not split', () => {
    expect(isRedFormat('[Red][>1000]#,##0;[Blue][<=1000]#,##0', 5000)).toBe(true)
    expect(isRedFormat('[Red][>1000]#,##0;[Blue][<=1000]#,##0', 500)).toBe(false)
    expect(isRedFormat('[>=100][Red]0;0', 50)).toBe(false)
    expect(isRedFormat('"a;b"0.00;[Red]0.00', 5)).toBe(false)
    expect(isRedFormat('0\\;0;[Red]0', 5)).toBe(false)
    expect(isRedFormat('0"[Red]"', 5)).toBe(false)
  })
})
