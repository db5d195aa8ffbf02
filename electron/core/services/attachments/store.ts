/**
 * Adding a file: sniff, check the size, write it durably under its own hash, then journal a
 * record naming who added it. Every refusal happens before the first byte is written.
 */
import { createHash } from 'node:crypto'
import { mkdir, readFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_MSG,
  THUMB_MAX_BYTES,
  THUMB_MAX_SIDE,
  tooManyPixels,
  type AttachmentInfo,
  type AttachmentRecord,
  type ParsedInput,
} from '../../../../contract'
import { ApiFailure } from '../../api/failure'
import type { Ctx } from '../../api/handlers'
import { writeFileDurable } from '../../store/fs-safe'
import type { Store } from '../../store/types'
import { actorOf } from '../ledger-admin/rules'
import { maskPersonalNumbers } from '../questions/mask-numbers'
import { attachmentPath, thumbPath } from './paths'
import { pdfRefusal } from './pdf-numbers'
import { sniff } from './sniff'
import './types'

const refuse = (message: string, field = 'data'): never => {
  throw new ApiFailure('BAD_INPUT', message, { [field]: message })
}

async function readIfPresent(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path)
  } catch {
    return null
  }
}

/** Writes the bytes unless the file already holds exactly them (a damaged copy is rewritten). */
async function writeOnce(path: string, bytes: Uint8Array): Promise<void> {
  const old = await readIfPresent(path)
  if (old?.equals(bytes)) return
  await mkdir(dirname(path), { recursive: true })
  await writeFileDurable(path, bytes)
}

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

let turn: Promise<unknown> = Promise.resolve()
/**
 * Runs `work` after every earlier attachment write of this process (attachments.add and the
 * voucher-photo batch): two screens adding the same photo with different previews one after
 * the other leave the preview on disk and the hash journaled for it the same.
 */
export function inAttachmentTurn<T>(work: () => Promise<T>): Promise<T> {
  const run = turn.then(work)
  turn = run.catch(() => undefined)
  return run
}

/**
 * Whether the preview a record names is on disk as journaled. A preview journaled without its
 * hash (records made before) counts as present when the file is there.
 */
export async function previewIntact(dir: string, r: AttachmentRecord): Promise<boolean> {
  if (!r.thumb) return false
  const bytes = await readIfPresent(thumbPath(dir, r.sha256))
  if (!bytes?.length) return false
  return !r.thumbSha256 || sha256Of(bytes) === r.thumbSha256
}

/**
 * Whether a ledger line, a project's milestone, a matter's step or an answer names the file, in
 * any state (a draft too: once signed, what it shows must be what was there when signed).
 */
export function namedByRecords(store: Store, name: string): boolean {
  if (store.all('ledger').some((e) => e.attachments.includes(name))) return true
  if (store.all('questions').some((q) => q.answer?.attachments.includes(name))) return true
  // The name is a sha256 with its extension: found in a record's text only where it names it.
  return (['projects', 'matters'] as const).some((coll) =>
    store.all(coll).some((r) => JSON.stringify(r).includes(name)),
  )
}

/**
 * The preview to keep for a file a record names, when the same file is added again: the
 * journaled one only. Another preview (what the public would take for a PDF's first page, or
 * for the photo) is never swapped in; the journaled bytes themselves, sent again, are put back
 * where a power cut left them damaged. Returns the record unchanged.
 */
export async function keepNamedPreview(
  dir: string,
  old: AttachmentRecord,
  thumb: Buffer | null,
): Promise<AttachmentRecord> {
  if (thumb && old.thumb && old.thumbSha256 === sha256Of(thumb)) {
    await writeOnce(thumbPath(dir, old.sha256), thumb)
  }
  return old
}

/** True for a preview fit to keep: a small JPEG whose header says a small picture. */
export function isSmallPreview(bytes: Uint8Array): boolean {
  const type = bytes.length <= THUMB_MAX_BYTES ? sniff(bytes) : null
  if (type?.ext !== 'jpg' || !type.width || !type.height) return false
  return Math.max(type.width, type.height) <= THUMB_MAX_SIDE
}

/** The checked thumbnail bytes, or null when none was sent; only a small JPEG is kept. */
function checkThumb(thumb: string | undefined): Buffer | null {
  if (thumb === undefined) return null
  const bytes = Buffer.from(thumb, 'base64')
  if (!isSmallPreview(bytes)) refuse(ATTACHMENT_MSG.thumb, 'thumb')
  return bytes
}

/** attachments.add: stores one file (once per content) and returns its record. */
export async function addAttachment(
  dir: string,
  input: ParsedInput<'attachments.add'>,
  ctx: Ctx,
): Promise<AttachmentRecord> {
  const actor = actorOf(ctx)
  const bytes = Buffer.from(input.data, 'base64')
  if (bytes.length === 0) refuse(ATTACHMENT_MSG.empty)
  if (bytes.length > ATTACHMENT_MAX_BYTES) refuse(ATTACHMENT_MSG.tooBig)
  const type = sniff(bytes)
  if (!type) return refuse(ATTACHMENT_MSG.type)
  if (tooManyPixels(bytes)) refuse(ATTACHMENT_MSG.pixels)
  // A typed PDF's text is public too: no ID, bank-card or full phone number in it.
  const pdfWhy = type.ext === 'pdf' ? await pdfRefusal(bytes) : null
  if (pdfWhy) refuse(pdfWhy)
  // A photo's thumbnail, or a PDF's first page drawn by the screen that picked it.
  const thumb = checkThumb(input.thumb)
  const sha256 = sha256Of(bytes)
  const name = `${sha256}.${type.ext}`
  return inAttachmentTurn(async () => {
    const old = ctx.store.get('attachments', name)
    await writeOnce(attachmentPath(dir, name), bytes)
    // The preview the public sees is kept while it is on disk as journaled. For a file no record
    // names yet, a missing, damaged or swapped one is replaced by the preview picked now, and its
    // hash journaled anew; a file a record names keeps the journaled one (keepNamedPreview).
    const kept = old ? await previewIntact(dir, old) : false
    if (old && (kept || !thumb)) return old
    if (old && namedByRecords(ctx.store, name)) return keepNamedPreview(dir, old, thumb)
    if (thumb) await writeOnce(thumbPath(dir, sha256), thumb)
    const width = type.width ?? input.width
    const height = type.height ?? input.height
    const record: AttachmentRecord = {
      name,
      sha256,
      ext: type.ext,
      mime: type.mime,
      bytes: bytes.length,
      // A phone photo named after an ID card or a phone number keeps only the masked name.
      fileName: old?.fileName ?? maskPersonalNumbers(input.fileName).text,
      ...(width && height ? { width, height } : {}),
      thumb: !!thumb,
      ...(thumb ? { thumbSha256: sha256Of(thumb) } : {}),
      addedAt: old?.addedAt ?? ctx.now().toISOString(),
      addedBy: old?.addedBy ?? { id: actor.id, name: actor.name },
    }
    await ctx.store.commit({
      actor,
      action: 'attachments.add',
      entity: 'attachments',
      id: name,
      puts: [{ coll: 'attachments', id: name, value: record }],
    })
    return record
  })
}

/** What a screen may know of each named file; a file with no record is described by its name. */
export function attachmentInfo(store: Store, names: string[]): AttachmentInfo[] {
  return names.map((name) => {
    const r = store.get('attachments', name)
    const kind = name.endsWith('.pdf') ? 'pdf' : 'photo'
    if (!r) return { name, kind, bytes: 0, thumb: false }
    const size = r.width && r.height ? { width: r.width, height: r.height } : {}
    const checked = r.thumb && r.thumbSha256 ? { thumbSha256: r.thumbSha256 } : {}
    return { name, kind, bytes: r.bytes, ...size, thumb: r.thumb, ...checked }
  })
}

/**
 * Refuses a save that names a file the store does not hold, with the message on the field
 * (e.g. `attachments`, `milestones.2.photos`), so the form shows it where the photos are.
 */
export function assertAttachmentsExist(
  store: Store,
  refs: Array<{ path: string; names: readonly string[] }>,
): void {
  const fields: Record<string, string> = {}
  for (const { path, names } of refs) {
    if (names.some((n) => !store.get('attachments', n))) fields[path] ??= ATTACHMENT_MSG.missing
  }
  const first = Object.values(fields)[0]
  if (first) throw new ApiFailure('BAD_INPUT', `输入有误：${first}`, fields)
}
