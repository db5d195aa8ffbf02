import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const SRC = join(import.meta.dirname, '../../../renderer/src')

function vueFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name)
    if (e.isDirectory()) return vueFiles(path)
    return e.name.endsWith('.vue') ? [path] : []
  })
}

describe('components are built without the Options API (electron.vite.config.ts)', () => {
  it('every component script is <script setup>, so nothing needs data, methods or mixins', () => {
    const files = vueFiles(SRC)
    expect(files.length).toBeGreaterThan(100)
    const plain = files.filter((f) => {
      const scripts = readFileSync(f, 'utf8').match(/<script\b[^>]*>/g) ?? []
      return scripts.some((tag) => !/\bsetup\b/.test(tag))
    })
    expect(plain.map((f) => f.slice(SRC.length + 1))).toEqual([])
  })
})
