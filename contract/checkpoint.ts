/**
 * The 核验码: the journal head as people see it, on the kiosk's footer, the 核验 screen, every
 * printed 公开表 and every export. Pure: no zod, no Node, no DOM.
 *
 * 16 hex digits (64 bits) of the head entry's sha256. 8 digits (32 bits) were too few: someone
 * rewriting history can try variants of the rewritten entries (a timestamp, a space) until one
 * hashes to the code a villager kept, about 4 billion tries, minutes on a PC; 64 bits is 4 billion
 * times that. The new code begins with the old one, so an 8-digit code noted before still reads as
 * the first two groups of the entry at that number.
 */
export const CHECKPOINT_HEX = 16

/** The checkpoint digits of a full journal entry hash. */
export function checkpointHash(fullHash: string): string {
  return fullHash.slice(0, CHECKPOINT_HEX)
}

/** 3fa9c2d10b7e55aa → "3fa9 c2d1 0b7e 55aa": groups of four, to read aloud and copy by hand. */
export function groupedHash(hash: string): string {
  return hash.replace(/(.{4})(?=.)/g, '$1 ')
}

/** "#128 · 3fa9 c2d1 0b7e 55aa", the words after 核验码 wherever it is printed. */
export function checkpointLabel(c: { seq: number; hash: string }): string {
  return `#${c.seq} · ${groupedHash(c.hash)}`
}

/**
 * A code journaled before the 核验码 had CHECKPOINT_HEX digits (a restore record's heads held 8):
 * shown as it was kept, never padded, and said to be the older, shorter code. An empty one is
 * the head of an empty journal (a restore onto a new machine), no code at all.
 */
export function isOlderCode(hash: string): boolean {
  return hash.length > 0 && hash.length < CHECKPOINT_HEX
}
