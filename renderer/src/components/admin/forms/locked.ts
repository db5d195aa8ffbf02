/**
 * Fields a form shows read-only, by their path (the name each field is keyed by): a form
 * provides the map once, and every FieldShell (and the controls that show values differently
 * when fixed) looks its own name up, so no form has to pass it field by field.
 */
import { computed, inject, provide, type ComputedRef, type InjectionKey, type Ref } from 'vue'

type Locked = Readonly<Record<string, string>>
const KEY: InjectionKey<Ref<Locked>> = Symbol('locked-fields')

/** Makes the fields in `locked` read-only in every field below this component. */
export function provideLocked(locked: Ref<Locked>): void {
  provide(KEY, locked)
}

/** Whether the field named `name()` is read-only here. */
export function useLocked(name: () => string): ComputedRef<boolean> {
  const locked = inject(KEY, null)
  return computed(() => !!locked && Object.hasOwn(locked.value, name()))
}
