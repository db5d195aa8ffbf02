/**
 * Pinch-zoom and drag for one photo with pointer events only (touch, pen and mouse alike):
 * two fingers scale around their midpoint, one finger drags a zoomed photo, and a quick
 * sideways stroke on an unzoomed photo is a swipe to the previous or next one.
 */
import { computed, ref } from 'vue'

export const MIN_SCALE = 1
export const MAX_SCALE = 5
const STEP = 1.5
const SWIPE_PX = 80

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v))

export function usePinch(onSwipe: (dir: -1 | 1) => void) {
  const scale = ref(1)
  const x = ref(0)
  const y = ref(0)
  const points = new Map<number, { x: number; y: number }>()
  let start = { dist: 0, scale: 1, x: 0, y: 0, mx: 0, my: 0 }
  let down: { x: number; y: number } | null = null

  const transform = computed(() => `translate(${x.value}px, ${y.value}px) scale(${scale.value})`)

  function setScale(s: number): void {
    scale.value = clamp(s, MIN_SCALE, MAX_SCALE)
    if (scale.value === 1) x.value = y.value = 0
  }

  const zoomIn = () => setScale(scale.value * STEP)
  const zoomOut = () => setScale(scale.value / STEP)
  const reset = () => setScale(1)

  function pair() {
    const [a, b] = [...points.values()]
    if (!a || !b) return null
    return { dist: Math.hypot(a.x - b.x, a.y - b.y), mx: (a.x + b.x) / 2, my: (a.y + b.y) / 2 }
  }

  function begin(): void {
    const p = pair()
    const one = [...points.values()][0]
    start = {
      dist: p?.dist ?? 0,
      scale: scale.value,
      x: x.value,
      y: y.value,
      mx: p?.mx ?? one?.x ?? 0,
      my: p?.my ?? one?.y ?? 0,
    }
  }

  function onDown(e: PointerEvent): void {
    try {
      // Keeps the stroke ours when a finger slides off the photo.
      ;(e.currentTarget as Element).setPointerCapture(e.pointerId)
    } catch {
      // No such active pointer (a synthetic event): tracking below works without capture.
    }
    points.set(e.pointerId, { x: e.clientX, y: e.clientY })
    if (points.size === 1) down = { x: e.clientX, y: e.clientY }
    else down = null
    begin()
  }

  function onMove(e: PointerEvent): void {
    if (!points.has(e.pointerId)) return
    points.set(e.pointerId, { x: e.clientX, y: e.clientY })
    const p = pair()
    if (p && start.dist > 0) {
      setScale((start.scale * p.dist) / start.dist)
      x.value = start.x + (p.mx - start.mx)
      y.value = start.y + (p.my - start.my)
    } else if (points.size === 1 && scale.value > 1) {
      x.value = start.x + (e.clientX - start.mx)
      y.value = start.y + (e.clientY - start.my)
    }
  }

  function onUp(e: PointerEvent): void {
    if (!points.delete(e.pointerId)) return
    if (down && points.size === 0 && scale.value === 1) {
      const dx = e.clientX - down.x
      if (Math.abs(dx) > SWIPE_PX && Math.abs(dx) > Math.abs(e.clientY - down.y)) {
        onSwipe(dx < 0 ? 1 : -1)
      }
    }
    down = null
    begin()
  }

  return { scale, transform, zoomIn, zoomOut, reset, onDown, onMove, onUp }
}
