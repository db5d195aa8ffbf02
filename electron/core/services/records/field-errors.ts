/** Collects Chinese messages per form field, then refuses the save once with all of them. */
import { ApiFailure } from '../../api/failure'

/** Rules beyond the schema report every broken field at once, as zod does for the schema. */
export class FieldErrors {
  private readonly fields: Record<string, string> = {}

  add(path: string, message: string): void {
    this.fields[path] ??= message
  }

  /** Throws BAD_INPUT naming the first problem, with every field's message, if there is any. */
  throwIfAny(): void {
    const first = Object.values(this.fields)[0]
    if (first) throw new ApiFailure('BAD_INPUT', `输入有误：${first}`, { ...this.fields })
  }
}

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000
}
