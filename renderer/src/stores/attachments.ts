import { defineStore } from 'pinia'
import { reactive } from 'vue'
import type { AttachmentInfo, AttachmentRecord, Input } from '../../../contract'
import { call } from '../api'

/** What each named file is (photo or PDF, size, thumbnail), asked once per name and kept. */
export const useAttachmentsStore = defineStore('attachments', () => {
  const known = reactive(new Map<string, AttachmentInfo>())

  /** Fetches the names not known yet; a failed fetch leaves them unknown (shown as plain cards). */
  async function load(names: readonly string[]): Promise<void> {
    const missing = [...new Set(names)].filter((n) => !known.has(n)).slice(0, 100)
    if (missing.length === 0) return
    try {
      for (const info of await call('attachments.info', { names: missing })) {
        known.set(info.name, info)
      }
    } catch {
      // The strip still shows each file by its name; nothing else depends on this.
    }
  }

  /** Remembers a file just added, so the picker shows it without asking again. */
  function remember(r: AttachmentRecord): void {
    const size = r.width && r.height ? { width: r.width, height: r.height } : {}
    known.set(r.name, {
      name: r.name,
      kind: r.ext === 'pdf' ? 'pdf' : 'photo',
      bytes: r.bytes,
      ...size,
      thumb: r.thumb,
      ...(r.thumb && r.thumbSha256 ? { thumbSha256: r.thumbSha256 } : {}),
    })
  }

  function info(name: string): AttachmentInfo | undefined {
    return known.get(name)
  }

  /**
   * Whether a public screen may show each stored PDF (core reads it once): null when it may,
   * core's line when it is withheld. Unknown until asked and answered.
   */
  const verdicts = reactive(new Map<string, string | null>())
  const asking = new Set<string>()
  async function check(names: readonly string[]): Promise<void> {
    for (const name of names.filter((n) => n.endsWith('.pdf'))) {
      if (verdicts.has(name) || asking.has(name)) continue
      asking.add(name)
      try {
        verdicts.set(name, (await call('attachments.publicCheck', { name })).withheld)
      } catch {
        // Unanswered: the tile keeps to its card (no page drawn), and a later screen asks again.
      } finally {
        asking.delete(name)
      }
    }
  }
  function verdict(name: string): string | null | undefined {
    return verdicts.get(name)
  }

  /** Sends one picked file (base64) to core; refusals come back as ApiProblem with Chinese text. */
  async function add(input: Input<'attachments.add'>): Promise<AttachmentRecord> {
    const record = await call('attachments.add', input)
    remember(record)
    return record
  }

  return { load, remember, info, add, check, verdict }
})
