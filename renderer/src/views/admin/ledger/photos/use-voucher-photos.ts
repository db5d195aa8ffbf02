/**
 * 批量添加凭证照片's state: the folder's preview from core, which line each photo goes to (the
 * match core made, changed by taps), the photos' thumbnails, and the one all-or-nothing commit.
 */
import { computed, onBeforeUnmount, ref, shallowRef } from 'vue'
import type { VoucherPhotosPreview, VoucherPhotosResult } from '../../../../../../contract'
import { asProblem, call, type ApiProblem } from '../../../../api'
import { makeThumb } from '../../../../components/attachments/make-thumb'
import { base64ToBytes } from '../../../../components/drives/drive-files'

/** The screen's state and moves (one per open screen). */
export function useVoucherPhotos(period: () => string) {
  const preview = shallowRef<VoucherPhotosPreview | null>(null)
  /** photo path → line id, or absent while the clerk has not placed it. */
  const placed = ref<Record<string, string>>({})
  const selected = ref<string | null>(null)
  const urls = ref<Record<string, string>>({})
  const thumbs: Record<string, string> = {}
  const busy = ref(false)
  const problem = shallowRef<ApiProblem | null>(null)
  const done = shallowRef<VoucherPhotosResult | null>(null)
  let generation = 0

  const photos = computed(() => preview.value?.photos ?? [])
  const open = computed(() => photos.value.filter((p) => !placed.value[p.path]))
  const onLine = (id: string) => photos.value.filter((p) => placed.value[p.path] === id)

  function clear(): void {
    generation++
    for (const u of Object.values(urls.value)) URL.revokeObjectURL(u)
    urls.value = {}
    for (const k of Object.keys(thumbs)) delete thumbs[k]
  }

  /** Reads each photo once: a picture for the screen and a small JPEG to store beside it. */
  async function loadPictures(gen: number): Promise<void> {
    for (const p of photos.value) {
      const file = await call('drives.read', { path: p.path }).catch(() => null)
      if (!file || gen !== generation) return
      const blob = new Blob([base64ToBytes(file.bytesBase64)])
      urls.value = { ...urls.value, [p.path]: URL.createObjectURL(blob) }
      const thumb = await makeThumb(blob).catch(() => null)
      if (thumb) thumbs[p.path] = thumb.base64
    }
  }

  async function look(folder: string): Promise<void> {
    busy.value = true
    problem.value = null
    done.value = null
    clear()
    try {
      preview.value = await call('vouchers.photosPreview', { period: period(), folder })
      placed.value = Object.fromEntries(
        preview.value.photos.filter((p) => p.entryId).map((p) => [p.path, p.entryId!]),
      )
      void loadPictures(generation)
    } catch (e) {
      problem.value = asProblem(e)
    } finally {
      busy.value = false
    }
  }

  /** Tap a photo to pick it up (again to put it down). */
  function select(path: string): void {
    selected.value = selected.value === path ? null : path
  }

  /** 放到这一笔: the picked-up photo goes to this line. */
  function putOn(lineId: string): void {
    if (!selected.value) return
    placed.value = { ...placed.value, [selected.value]: lineId }
    selected.value = null
  }

  function takeOut(path: string): void {
    const { [path]: _, ...rest } = placed.value
    placed.value = rest
  }

  async function commit(): Promise<void> {
    const p = preview.value
    if (!p) return
    busy.value = true
    problem.value = null
    try {
      const assign = Object.entries(placed.value).map(([path, entryId]) => ({
        path,
        entryId,
        ...(thumbs[path] ? { thumb: thumbs[path] } : {}),
      }))
      done.value = await call('vouchers.photosCommit', {
        period: p.period,
        folder: p.folder,
        assign,
      })
      preview.value = null
      clear()
    } catch (e) {
      problem.value = asProblem(e)
    } finally {
      busy.value = false
    }
  }

  onBeforeUnmount(clear)
  return {
    preview,
    placed,
    selected,
    urls,
    busy,
    problem,
    done,
    photos,
    open,
    onLine,
    look,
    select,
    putOn,
    takeOut,
    commit,
  }
}

/** What the screen's parts receive. */
export type VoucherPhotos = ReturnType<typeof useVoucherPhotos>
