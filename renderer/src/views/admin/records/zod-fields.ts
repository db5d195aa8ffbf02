/** Chinese messages per field from a contract schema's check, keyed like core's `fields`. */
import type { z } from 'zod'
import '../../../zod-jitless'

/** The first message of each field path (dotted), as core reports BAD_INPUT. */
export function zodFields(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_'
    fields[key] ??= issue.message
  }
  return fields
}
