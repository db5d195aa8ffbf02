/** Small real files (and lookalikes) for the attachment tests, built from their magic bytes. */
import { receiptPng, signaturePdf } from '../../../../../../electron/core/demo/pictures'

/** A minimal JPEG: SOI, an SOF0 saying 40 × 30, EOI. Enough for sniffing and sizing. */
export function jpeg(width = 40, height = 30): Buffer {
  const sof = [0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 255, width >> 8, width & 255]
  return Buffer.from([
    0xff,
    0xd8,
    0xff,
    0xe0,
    0x00,
    0x04,
    0x00,
    0x00,
    ...sof,
    ...Array(15).fill(1),
    0xff,
    0xd9,
  ])
}

export const png = (): Buffer => receiptPng(0)
export const pdf = (): Buffer => signaturePdf('test')

/** RIFF container holding a WebP (VP8L) or, as a lookalike, a WAVE sound. */
export function riff(form: 'WEBP' | 'WAVE', chunk = 'VP8L'): Buffer {
  const b = Buffer.alloc(40)
  b.write('RIFF', 0, 'latin1')
  b.writeUInt32LE(32, 4)
  b.write(form, 8, 'latin1')
  b.write(chunk, 12, 'latin1')
  return b
}

/** A Windows program: 'MZ' then zeros. */
export const exe = (): Buffer => Buffer.concat([Buffer.from('MZ', 'latin1'), Buffer.alloc(64)])

export const b64 = (b: Buffer): string => b.toString('base64')
