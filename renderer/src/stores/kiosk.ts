import { defineStore } from 'pinia'
import { computed, ref } from 'vue'

/** UI preferences of the person at the screen (大字模式), reset when they walk away. */
export const useKioskStore = defineStore('kiosk', () => {
  const largeText = ref(false)
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
