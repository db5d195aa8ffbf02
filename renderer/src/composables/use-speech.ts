import { onBeforeUnmount, onMounted, ref, shallowRef } from 'vue'
import { onKioskReset } from './kiosk-reset'

/** A Chinese voice if the system has one: zh-CN first, then any Mandarin voice. */
function chineseVoice(voices: readonly SpeechSynthesisVoice[]): SpeechSynthesisVoice | null {
  const norm = (v: SpeechSynthesisVoice) => v.lang.toLowerCase().replace('_', '-')
  return (
    voices.find((v) => norm(v) === 'zh-cn') ??
    voices.find((v) => /^(zh|cmn)(-hans)?(-|$)/.test(norm(v)) && !/hk|tw|yue/.test(norm(v))) ??
    null
  )
}

/**
 * Read-aloud for villagers who read with difficulty: speechSynthesis with a Chinese voice.
 * `available` stays false where there is no speechSynthesis or no Chinese voice, so the
 * button can hide instead of doing nothing.
 */
export function useSpeech() {
  const synth =
    typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : null
  const voice = shallowRef<SpeechSynthesisVoice | null>(null)
  const available = ref(false)
  const speaking = ref(false)

  const pick = () => {
    voice.value = synth ? chineseVoice(synth.getVoices()) : null
    available.value = voice.value !== null
  }

  function stop(): void {
    if (synth && speaking.value) synth.cancel()
    speaking.value = false
  }

  function speak(text: string): void {
    if (!synth || !voice.value) return
    synth.cancel()
    const u = new SpeechSynthesisUtterance(text)
    u.voice = voice.value
    u.lang = voice.value.lang
    u.rate = 0.9
    u.onend = () => (speaking.value = false)
    u.onerror = () => (speaking.value = false)
    speaking.value = true
    synth.speak(u)
  }

  let offReset = () => {}
  onMounted(() => {
    pick()
    synth?.addEventListener('voiceschanged', pick)
    offReset = onKioskReset({ reset: stop })
  })
  onBeforeUnmount(() => {
    synth?.removeEventListener('voiceschanged', pick)
    offReset()
    stop()
  })

  return { available, speaking, speak, stop }
}
