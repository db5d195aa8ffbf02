/**
 * Each screen's long task, so the screen can poll 'data.progress' and show a moving bar; a page
 * reloaded in the middle of it (a crash) still sees it (api/screen.ts).
 */
import type { DataProgress } from '../../../../contract/schemas/data-backup'
import { screenOf } from '../../api/screen'

/** One board per core: caller → what it is doing now. */
export class ProgressBoard {
  private readonly tasks = new Map<string, DataProgress>()

  get(caller: string): DataProgress | null {
    return this.tasks.get(screenOf(caller)) ?? null
  }

  /** Runs `work` with a reporter bound to the caller; the entry is cleared when it ends. */
  async run<T>(
    caller: string,
    task: DataProgress['task'],
    work: (say: (step: string, done: number, total: number) => void) => Promise<T>,
  ): Promise<T> {
    const screen = screenOf(caller)
    const say = (step: string, done: number, total: number) =>
      void this.tasks.set(screen, { task, step, done, total })
    say('开始', 0, 1)
    try {
      return await work(say)
    } finally {
      this.tasks.delete(screen)
    }
  }
}
