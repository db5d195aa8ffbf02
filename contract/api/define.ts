import { z } from 'zod'

export type Role = 'clerk' | 'supervisor' | 'admin'
/** 'public' needs no login; otherwise the caller's role must be listed. */
export type Access = 'public' | readonly Role[]

export interface MethodDef<I extends z.ZodType, O> {
  input: I
  access: Access
  /** What a logged-in caller whose role is not listed is told, when the usual words say too little. */
  forbidden?: string
  /** Phantom: carries the output type; never set at runtime. */
  readonly _output?: O
}

/** Declares one API method; the output type is bound here, once, never at call sites. */
export function method<I extends z.ZodType>(input: I, access: Access, forbidden?: string) {
  return {
    returns: <O>(): MethodDef<I, O> => ({ input, access, ...(forbidden ? { forbidden } : {}) }),
  }
}

/** Input of methods that take nothing. */
export const None = z.object({}).strict()
