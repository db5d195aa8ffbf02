/**
 * Which cell formats of an old Excel file print in red: a cell's XF names a FONT, the font a
 * colour index, the index an RGB colour (Excel 97's palette, or the file's own PALETTE). Judged
 * by the same rule as an .xlsx font colour (amounts.ts), so a 红字冲销 is refused from either.
 */
import { isRedColour } from './amounts'

/**
 * Excel 97's colours by index (RGB): 0–7 fixed, 8–63 the palette a PALETTE record replaces. An
 * .xlsx font colour given by index (`indexed`) means the same colours.
 */
export const DEFAULT_COLOURS: readonly number[] = [
  0x000000, 0xffffff, 0xff0000, 0x00ff00, 0x0000ff, 0xffff00, 0xff00ff, 0x00ffff, 0x000000,
  0xffffff, 0xff0000, 0x00ff00, 0x0000ff, 0xffff00, 0xff00ff, 0x00ffff, 0x800000, 0x008000,
  0x000080, 0x808000, 0x800080, 0x008080, 0xc0c0c0, 0x808080, 0x9999ff, 0x993366, 0xffffcc,
  0xccffff, 0x660066, 0xff8080, 0x0066cc, 0xccccff, 0x000080, 0xff00ff, 0xffff00, 0x00ffff,
  0x800080, 0x800000, 0x008080, 0x0000ff, 0x00ccff, 0xccffff, 0xccffcc, 0xffff99, 0x99ccff,
  0xff99cc, 0xcc99ff, 0xffcc99, 0x3366ff, 0x33cccc, 0x99cc00, 0xffcc00, 0xff9900, 0xff6600,
  0x666699, 0x969696, 0x003366, 0x339966, 0x003300, 0x333300, 0x993300, 0x993366, 0x333399,
  0x333333,
]

/** What the globals say about colour, gathered record by record (see `redFormats`). */
export class XlsColours {
  /** Each FONT record's colour index, in order. */
  private readonly fontColours: number[] = []
  /** Each XF record's font index, in order. */
  private readonly xfFonts: number[] = []
  private readonly colours = [...DEFAULT_COLOURS]

  /** A FONT record: its colour index follows its height and flags (a cut-off one keeps its place). */
  font(data: Uint8Array): void {
    this.fontColours.push(data.length >= 6 ? data[4]! | (data[5]! << 8) : -1)
  }

  /** An XF record: its font index comes first (a cut-off one keeps its place). */
  xf(data: Uint8Array): void {
    this.xfFonts.push(data.length >= 2 ? data[0]! | (data[1]! << 8) : -1)
  }

  /** A PALETTE record: a count, then that many colours (red, green, blue, unused) from index 8. */
  palette(data: Uint8Array): void {
    if (data.length < 2) return
    const count = Math.min(data[0]! | (data[1]! << 8), 56, Math.floor((data.length - 2) / 4))
    for (let k = 0; k < count; k++) {
      const at = 2 + k * 4
      this.colours[8 + k] = (data[at]! << 16) | (data[at + 1]! << 8) | data[at + 2]!
    }
  }

  /** For each XF index: whether its font is red. */
  redFormats(): boolean[] {
    return this.xfFonts.map((f) => {
      // Font index 4 is never written: the fifth FONT record is font 5.
      const colour = this.fontColours[f < 4 ? f : f - 1]
      // 64 and up are the system's own text colours (automatic): never red.
      const rgb = colour === undefined ? undefined : this.colours[colour]
      return rgb !== undefined && isRedColour(rgb >> 16, (rgb >> 8) & 0xff, rgb & 0xff)
    })
  }
}
