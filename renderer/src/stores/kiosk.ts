import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'

const LARGE_KEY = 'kiosk.largeText'

function storedLarge(): boolean {
  try {
    return sessionStorage.getItem(LARGE_KEY) === '1'
  } catch {
    return false
  }
}

/**
 * UI preferences of the person at the screen (大字模式): kept across screens and a renderer
 * reload, and reset by the idle reset when they walk away. Kept in sessionStorage: it is one
 * person's visit, so a restarted kiosk starts normal; and the router reads sessionStorage at
 * start-up anyway, where a first read of localStorage cost the first screen 1–2 ms more.
 */
export const useKioskStore = defineStore('kiosk', () => {
  const largeText = ref(storedLarge())
  watch(largeText, (on) => {
    try {
      sessionStorage.setItem(LARGE_KEY, on ? '1' : '0')
    } catch {
      // Storage refused (private mode): the setting simply lasts until the page reloads.
    }
  })
  /** How much bigger everything is drawn; charts and windowed lists size themselves by it. */
  const scale = computed(() => (largeText.value ? 1.25 : 1))

  function toggleLargeText(): void {
    largeText.value = !largeText.value
  }

  function reset(): void {
    largeText.value = false
  }

  return { largeText, scale, toggleLargeText, reset }
})
