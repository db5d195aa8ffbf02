/**
 * One backup or restore at a time per data folder, in this process: an automatic backup must
 * never read files a restore is swapping, or it could pair one history's documents with
 * another's journal.
 */
import { resolve } from 'node:path'
import { turnsByKey } from '../../turns'

const turn = turnsByKey()

/** Runs `work` after every earlier backup or restore of this folder has finished. */
export function withDataLock<T>(dataDir: string, work: () => Promise<T>): Promise<T> {
  return turn(resolve(dataDir), work)
}
