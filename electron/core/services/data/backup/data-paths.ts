/**
 * Which paths inside the data folder a backup may carry: the journal, the store's documents,
 * and attachment files with their thumbnails. A restore writes only such paths, so a crafted
 * archive can never place a file outside the data folder (`../`, absolute or drive paths).
 */
export const JOURNAL_FILE = 'journal.jsonl'
/** Documents as the store names them (generations, temp and set-aside copies excluded). */
export const DOCUMENT_NAME = /^[a-z][A-Za-z]{0,40}(-\d{4})?\.json$/
/** An attachment or thumbnail file name: no slash, no leading dot, nothing but plain characters. */
export const ATTACHMENT_FILE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}(\.[A-Za-z0-9]{1,8})?$/

/**
 * What a sealed archive's body may carry: the journal and the documents. Attachments travel
 * only as the header's references, each unsealed and hashed against its name on restore.
 */
export function isBodyPath(path: string): boolean {
  return path === JOURNAL_FILE || DOCUMENT_NAME.test(path)
}

export function isDataPath(path: string): boolean {
  if (path === JOURNAL_FILE || DOCUMENT_NAME.test(path)) return true
  const parts = path.split('/')
  if (parts[0] !== 'attachments') return false
  if (parts.length === 2) return ATTACHMENT_FILE.test(parts[1]!)
  return parts.length === 3 && parts[1] === 'thumbs' && ATTACHMENT_FILE.test(parts[2]!)
}
