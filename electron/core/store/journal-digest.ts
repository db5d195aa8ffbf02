/**
 * The journal's digest in journal.mark: sha256 over the sha256 of each full 1 MiB piece of the
 * file and of the bytes after them (short, or empty when the file is a whole number of pieces).
 * Still one change in any byte changes it, but the full pieces of ten years of journal can be
 * hashed on another thread while the documents are parsed, and the digest goes on from there
 * without this thread ever hashing them.
 */
import { createHash, type Hash } from 'node:crypto'
import { Worker } from 'node:worker_threads'

/** Bytes per piece; a mark written with another size is not trusted (the whole file is read). */
export const PIECE = 1 << 20

/** The digest of a journal so far, fed its bytes in order. */
export class PieceDigest {
  /** sha256 of each full piece, 32 bytes apiece. */
  private readonly full: Buffer[] = []
  private part: Hash = createHash('sha256')
  private partBytes = 0

  /** `pieces`: the 32-byte digests of the file's first full pieces, in order. */
  constructor(pieces: Buffer = Buffer.alloc(0)) {
    for (let i = 0; i + 32 <= pieces.length; i += 32) this.full.push(pieces.subarray(i, i + 32))
  }

  /** How many bytes this digest covers. */
  get bytes(): number {
    return this.full.length * PIECE + this.partBytes
  }

  update(bytes: Uint8Array): void {
    for (let at = 0; at < bytes.length;) {
      const take = Math.min(PIECE - this.partBytes, bytes.length - at)
      this.part.update(bytes.subarray(at, at + take))
      this.partBytes += take
      at += take
      if (this.partBytes === PIECE) {
        this.full.push(this.part.digest())
        this.part = createHash('sha256')
        this.partBytes = 0
      }
    }
  }

  hex(): string {
    const top = createHash('sha256')
    for (const d of this.full) top.update(d)
    top.update(this.part.copy().digest())
    return top.digest('hex')
  }
}

// Plain CommonJS run by the worker: no file to find after bundling or inside an asar.
const WORKER = `
const { parentPort, workerData: w } = require('node:worker_threads')
const { openSync, readSync, closeSync } = require('node:fs')
const { createHash } = require('node:crypto')
const out = Buffer.alloc((w.upTo / w.piece) * 32)
const buf = Buffer.allocUnsafe(w.piece)
const fd = openSync(w.path, 'r')
try {
  for (let i = 0; i * w.piece < w.upTo; i++) {
    for (let got = 0; got < w.piece; ) {
      const n = readSync(fd, buf, got, w.piece - got, i * w.piece + got)
      if (n === 0) throw new Error('short')
      got += n
    }
    createHash('sha256').update(buf).digest().copy(out, i * 32)
  }
} finally {
  closeSync(fd)
}
parentPort.postMessage(out)
`

export interface PieceHashing {
  /** The digests of the pieces before `upTo`; null when the file could not be read that far. */
  done: Promise<Buffer | null>
  /** Stops the work when its answer is no longer wanted. */
  stop(): void
}

/** Reads and hashes the file's first `upTo` bytes (a multiple of PIECE) on another thread. */
export function hashPiecesElsewhere(path: string, upTo: number): PieceHashing {
  if (upTo === 0) return { done: Promise.resolve(Buffer.alloc(0)), stop: () => undefined }
  let worker: Worker
  try {
    worker = new Worker(WORKER, { eval: true, workerData: { path, upTo, piece: PIECE } })
  } catch {
    // No thread to be had (resource limits): the whole journal is read and checked here instead.
    return { done: Promise.resolve(null), stop: () => undefined }
  }
  worker.unref()
  const done = new Promise<Buffer | null>((resolve) => {
    worker.once('message', (m: Uint8Array) =>
      resolve(Buffer.from(m.buffer, m.byteOffset, m.length)),
    )
    worker.once('error', () => resolve(null))
    worker.once('exit', () => resolve(null))
  })
  return { done, stop: () => void worker.terminate() }
}
