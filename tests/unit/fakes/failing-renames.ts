/**
 * The store's fs-safe with a renameWithRetry a test can make fail, for a restore that the disk
 * (EIO, ENOSPC) or another program (EPERM) stops part way. Install in a spec with
 *   vi.mock('<up to the root>/electron/core/store/fs-safe', (original) =>
 *     import('<up to tests/unit>/fakes/failing-renames').then((m) => m.failingRenames(original)),
 *   )
 * (the factory is hoisted above the imports, so it imports this file itself; the spec's own
 * import of it is the same module), and call `renamesWork` in afterEach.
 */
import type * as fsSafe from '../../../electron/core/store/fs-safe'

type Rename = typeof fsSafe.renameWithRetry

/** What a rename does instead: throw to fail it, or call `real` to make it. */
export type RenameRule = (
  from: string,
  to: string,
  attempts: number | undefined,
  real: Rename,
) => Promise<void>

let rule: RenameRule | null = null

/** The real module, its renameWithRetry going through the rule set last (none: the real one). */
export async function failingRenames(importOriginal: <T>() => Promise<T>): Promise<typeof fsSafe> {
  const real = await importOriginal<typeof fsSafe>()
  const renameWithRetry: Rename = (from, to, attempts) =>
    rule ? rule(from, to, attempts, real.renameWithRetry) : real.renameWithRetry(from, to, attempts)
  return { ...real, renameWithRetry }
}

/** The error Node gives for a rename that failed with `code`. */
export const renameError = (code: string, message: string): Error =>
  Object.assign(new Error(message), { code })

/** Every rename goes through `next` from now on. */
export function renameWith(next: RenameRule): void {
  rule = next
}

/** Every rename `where` picks (by its source, or its target) fails with `code`; the others are made. */
export function failRenames(
  code: string,
  where: (from: string, to: string) => boolean,
  message = `${code}: i/o error, rename`,
): void {
  renameWith(async (from, to, _attempts, real) => {
    if (where(from, to)) throw renameError(code, message)
    return real(from, to)
  })
}

/** Renames work again (the disk mended, the program let go). */
export function renamesWork(): void {
  rule = null
}
