/**
 * Which columns of a web page saved as ".xls" are hidden, as Excel's "save as web page" writes
 * them: a <col> (or a <colgroup> without <col>s) that is display:none or visibility:collapse,
 * zero wide or in a class the style sheet hides, or a column every cell of which that shows text
 * is hidden (in its style or class). A title spanning the table does not make a hidden column
 * shown.
 */
import { IMPORT_MAX_COLUMNS } from '../../../../../contract/schemas/data-import'

const ZERO_WIDE = /^\s*0+(?:\.0*)?\s*(?:px|pt)?\s*$/i
const WIDTH = /(?:^|\s)width\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i

/** Whether a <col>'s width attribute (width=0) draws it zero wide. */
export function zeroWide(attrs: string): boolean {
  const m = WIDTH.exec(attrs)
  const width = m ? (m[1] ?? m[2] ?? m[3]) : undefined
  return width !== undefined && ZERO_WIDE.test(width)
}

/** Read along with the page: its <col>s and its cells, then asked which columns are hidden. */
export class HiddenColumns {
  private readonly byCol = new Set<number>()
  private readonly hiddenCells = new Set<number>()
  private readonly shownCells = new Set<number>()
  /** The next <col>'s column in the table being read. */
  private at = 0
  private group: { span: number; hidden: boolean; cols: boolean } | null = null

  /** A table starts: its <col>s count from its first column again. */
  table(): void {
    this.endGroup()
    this.at = 0
  }

  /** A <colgroup> opens: its own span counts only if no <col> is inside it. */
  colgroup(span: number, hidden: boolean, selfClosing: boolean): void {
    this.endGroup()
    this.group = { span, hidden, cols: false }
    if (selfClosing) this.endGroup()
  }

  endGroup(): void {
    const group = this.group
    this.group = null
    if (group && !group.cols) this.mark(group.span, group.hidden)
  }

  /** A <col> over `span` columns, hidden by itself or its <colgroup>. */
  col(span: number, hidden: boolean): void {
    if (this.group) this.group.cols = true
    this.mark(span, hidden || !!this.group?.hidden)
  }

  private mark(span: number, hidden: boolean): void {
    for (let k = this.at; hidden && k < Math.min(this.at + span, IMPORT_MAX_COLUMNS); k++) {
      this.byCol.add(k)
    }
    this.at += span
  }

  /** A cell at column `c` over `cols` columns: hidden, or shown with text in a row shown. */
  cell(c: number, cols: number, hidden: boolean, shownText: boolean): void {
    for (let k = c; hidden && k < Math.min(c + cols, IMPORT_MAX_COLUMNS); k++) {
      this.hiddenCells.add(k)
    }
    if (!hidden && shownText && cols === 1) this.shownCells.add(c)
  }

  /** The hidden columns within the table's `width`, in order. */
  hidden(width: number): number[] {
    const out: number[] = []
    for (let k = 0; k < width; k++) {
      if (this.byCol.has(k) || (this.hiddenCells.has(k) && !this.shownCells.has(k))) out.push(k)
    }
    return out
  }
}
