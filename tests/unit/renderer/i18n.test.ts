import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { t, te, useI18n } from '../../../renderer/src/i18n'

const SRC = join(import.meta.dirname, '../../../renderer/src')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name)
    if (e.isDirectory()) return sourceFiles(path)
    return /\.(ts|vue)$/.test(e.name) ? [path] : []
  })
}

describe('the words on screen', () => {
  it('fills each {name} from the values given, and leaves a missing or empty value blank', () => {
    expect(t('app.haltBanner', { seq: 42 })).toBe(
      '记录核验未通过，已停在第 42 条，请联系村务监督委员会',
    )
    expect(t('entry.backToSheet', { label: '2026年3月' })).toBe('返回2026年3月账目')
    expect(t('entry.backToSheet', {})).toBe('返回账目')
    expect(t('entry.backToSheet', { label: null })).toBe('返回账目')
    expect(t('entry.corrected', { reason: 0 })).toBe('已更正：这一笔更正了以前的一条记录。原因：0')
  })

  it('shows a message without values as written, braces and all when none are given', () => {
    expect(t('app.title')).toBe('村务公开')
    expect(t('entry.backToSheet')).toBe('返回{label}账目')
  })

  it('shows the key itself for a key with no message, a group of messages, or an inherited name', () => {
    expect(t('app.noSuchWord')).toBe('app.noSuchWord')
    expect(t('app')).toBe('app')
    expect(t('app.title.more')).toBe('app.title.more')
    expect(t('constructor')).toBe('constructor')
    expect(t('app.toString')).toBe('app.toString')
    expect(te('app.title')).toBe(true)
    expect(te('app')).toBe(false)
    expect(te('app.noSuchWord')).toBe(false)
    expect(te('__proto__')).toBe(false)
  })

  it('gives components the same t and te', () => {
    const { t: ct, te: cte } = useI18n()
    expect(ct('app.back')).toBe('返回')
    expect(cte('app.back')).toBe(true)
  })

  it('has a message for every key the screens name literally', () => {
    const missing: string[] = []
    let seen = 0
    for (const file of sourceFiles(SRC)) {
      const text = readFileSync(file, 'utf8')
      for (const m of text.matchAll(/\bt\(\s*'([\w.]+)'/g)) {
        seen++
        if (!te(m[1]!)) missing.push(`${file.slice(SRC.length + 1)}: ${m[1]}`)
      }
    }
    expect(seen).toBeGreaterThan(1000)
    expect(missing).toEqual([])
  })
})
