/** CSV bytes to text: UTF-8 with or without BOM, UTF-16 (Excel's "Unicode text"), else GBK/GB18030. */

export interface DecodedText {
  text: string
  encoding: 'UTF-8' | 'GB18030' | 'UTF-16'
}

/**
 * Chinese Excel saves CSV in GBK by default and in UTF-8 with a BOM when asked; a file that is
 * valid UTF-8 is taken as UTF-8, anything else as GB18030 (a superset of GBK and GB2312).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8' }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16' }
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16' }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' }
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'GB18030' }
  }
}
