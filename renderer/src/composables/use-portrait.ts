import { onBeforeUnmount, ref, type Ref } from 'vue'

/**
 * Whether the screen stands upright (1080×1920), by the same test as CSS `(orientation: portrait)`
 * and kept live, for what is sized in script (a windowed list's row height) as the CSS is.
 */
export function usePortrait(): Ref<boolean> {
  const query = window.matchMedia('(orientation: portrait)')
  const portrait = ref(query.matches)
  const update = (e: MediaQueryListEvent): void => {
    portrait.value = e.matches
  }
  query.addEventListener('change', update)
  onBeforeUnmount(() => query.removeEventListener('change', update))
  return portrait
}
