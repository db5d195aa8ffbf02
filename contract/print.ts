/**
 * How a 公开表 is printed to PDF, shared by Electron's printToPDF (main) and Playwright's page.pdf
 * (tests), so the file a test checks is laid out exactly like the one the village posts.
 * Chromium ignores @page margin boxes, so page numbers come from the header/footer templates.
 */
import type { Paper } from './schemas/data-export'

export interface PrintLayout {
  paper: Paper
  /** Page margins in millimetres; top and bottom leave room for the header and footer. */
  marginMm: { top: number; bottom: number; left: number; right: number }
  headerTemplate: string
  footerTemplate: string
}

/** The route of the print view for a period and paper. */
export function sheetPrintRoute(period: string, paper: Paper): string {
  return `/print/sheet/${period}?paper=${paper}`
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

const FONT = "font-family:'Noto Sans SC','Noto Sans CJK SC','Microsoft YaHei',sans-serif"

/** Header with the sheet's title, footer with 第 n 页，共 m 页 (Chromium fills the spans). */
export function sheetPrintLayout(paper: Paper, title: string): PrintLayout {
  const size = paper === 'A3' ? 12 : 9
  const style = `${FONT};font-size:${size}pt;color:#222;width:100%;margin:0 12mm;`
  return {
    paper,
    marginMm: { top: 16, bottom: 16, left: 12, right: 12 },
    headerTemplate: `<div style="${style}text-align:right;">${escapeHtml(title)}</div>`,
    footerTemplate:
      `<div style="${style}text-align:center;">第 <span class="pageNumber"></span> 页，` +
      `共 <span class="totalPages"></span> 页</div>`,
  }
}

/** Options for Playwright's page.pdf (the test host). */
export function playwrightPdfOptions(l: PrintLayout) {
  const mm = (n: number) => `${n}mm`
  return {
    format: l.paper,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: l.headerTemplate,
    footerTemplate: l.footerTemplate,
    margin: {
      top: mm(l.marginMm.top),
      bottom: mm(l.marginMm.bottom),
      left: mm(l.marginMm.left),
      right: mm(l.marginMm.right),
    },
  }
}

/** Options for Electron's webContents.printToPDF (margins in inches). */
export function electronPdfOptions(l: PrintLayout) {
  const inch = (n: number) => n / 25.4
  return {
    pageSize: l.paper,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: l.headerTemplate,
    footerTemplate: l.footerTemplate,
    margins: {
      top: inch(l.marginMm.top),
      bottom: inch(l.marginMm.bottom),
      left: inch(l.marginMm.left),
      right: inch(l.marginMm.right),
    },
  }
}
