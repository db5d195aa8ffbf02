import { groupedHash, isOlderCode } from '../../../../../contract/checkpoint'
import { t } from '../../../i18n'

/**
 * A restore record's 核验码 in groups of four. One journaled before the code had 16 digits keeps
 * its 8 and says so: read beside today's 16-digit codes it is neither cut short nor misread.
 */
export function headCode(hash: string): string {
  const grouped = groupedHash(hash)
  return isOlderCode(hash) ? t('data.backup.olderCode', { hash: grouped, n: hash.length }) : grouped
}
