/**
 * How much a public list or the ledger sheet sends at once. Plain numbers, no zod: the kiosk's
 * first screen pages lists too, and the schema library stays off that screen.
 */

/** How many rows a public list sends at once: a screenful or three, never ten years. */
export const LIST_PAGE = 50
/** The most rows one page may ask for (a refresh re-fetches what was shown in a few calls). */
export const LIST_PAGE_MAX = 200

/** How many lines the kiosk's sheet sends at once: a screenful or three, never the whole quarter. */
export const SHEET_PAGE = 50
/** The most lines one `ledger.sheetEntries` call may ask for. */
export const SHEET_PAGE_MAX = 200
