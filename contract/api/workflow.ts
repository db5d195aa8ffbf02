/**
 * The methods every publishable record type shares (save, submit, return, publish, correct,
 * drafts, remove), generated from one function so each record type's table is one line.
 */
import { z } from 'zod'
import { Id, OptText, Text } from '../schemas/common'
import { method, None, type MethodDef, type Role } from './define'

/** Who keeps records (writes drafts), who signs them, who may look at every version. */
export const KEEPERS = ['clerk', 'admin'] as const satisfies readonly Role[]
export const SIGNERS = ['supervisor'] as const satisfies readonly Role[]
export const CADRES = ['clerk', 'supervisor', 'admin'] as const satisfies readonly Role[]

export const RecordId = z.object({ id: Id }).strict()

/** The 监委 sends a record back with words the clerk will read. */
export const ReturnInput = z.object({ id: Id, comment: Text(300, '退回意见') }).strict()

/** Extra fields of a save: the draft's id (none for a new record), a correction's reason. */
const saveExtra = {
  id: Id.optional(),
  reason: OptText(200, '更正原因'),
}
/** Extra fields of a correction: the published version it replaces and why. */
const correctExtra = { id: Id, reason: Text(200, '更正原因') }

type Shape = z.core.$ZodShape
export type SaveSchema<S extends Shape> = z.ZodObject<
  Omit<S, keyof typeof saveExtra> & typeof saveExtra,
  z.core.$strict
>
export type CorrectSchema<S extends Shape> = z.ZodObject<
  Omit<S, keyof typeof correctExtra> & typeof correctExtra,
  z.core.$strict
>

/** The methods of one record type, keyed `<prefix>.<verb>`. */
export type WorkflowMethods<P extends string, S extends Shape, R> = {
  [K in `${P}.save`]: MethodDef<SaveSchema<S>, R>
} & { [K in `${P}.submit`]: MethodDef<typeof RecordId, R> } & {
  [K in `${P}.return`]: MethodDef<typeof ReturnInput, R>
} & { [K in `${P}.publish`]: MethodDef<typeof RecordId, R> } & {
  [K in `${P}.correct`]: MethodDef<CorrectSchema<S>, R>
} & { [K in `${P}.drafts`]: MethodDef<typeof None, R[]> } & {
  [K in `${P}.remove`]: MethodDef<typeof RecordId, { id: string }>
}

export const WORKFLOW_VERBS = [
  'save',
  'submit',
  'return',
  'publish',
  'correct',
  'drafts',
  'remove',
] as const
export type WorkflowVerb = (typeof WORKFLOW_VERBS)[number]

/**
 * Declares a record type's workflow methods: `workflowMethods('projects', ProjectInput)
 * .returns<Project>()`. Clerks and admins save, submit, correct and delete a draft never
 * published; only a 监委 member returns or publishes; every cadre may list all versions.
 */
export function workflowMethods<P extends string, S extends Shape>(
  prefix: P,
  input: z.ZodObject<S>,
) {
  return {
    returns<R>(): WorkflowMethods<P, S, R> {
      // safeExtend keeps the type's own refinements (e.g. 实到 ≤ 应到) on both inputs.
      const base: z.ZodObject = input
      const save = base.safeExtend(saveExtra).strict()
      const correct = base.safeExtend(correctExtra).strict()
      const table = {
        [`${prefix}.save`]: method(save, KEEPERS).returns<R>(),
        [`${prefix}.submit`]: method(RecordId, KEEPERS).returns<R>(),
        [`${prefix}.return`]: method(ReturnInput, SIGNERS).returns<R>(),
        [`${prefix}.publish`]: method(RecordId, SIGNERS).returns<R>(),
        [`${prefix}.correct`]: method(correct, KEEPERS).returns<R>(),
        [`${prefix}.drafts`]: method(None, CADRES).returns<R[]>(),
        [`${prefix}.remove`]: method(RecordId, KEEPERS).returns<{ id: string }>(),
      }
      // The keys are built from `prefix`; TypeScript cannot follow computed template keys.
      return table as unknown as WorkflowMethods<P, S, R>
    },
  }
}
