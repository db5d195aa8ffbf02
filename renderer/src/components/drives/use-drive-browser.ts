/**
 * The USB browser's state: the drive list, the open folder, what is ticked, thumbnails of
 * photos. Everything comes from core (drives.*), which refuses any path outside the drives.
 */
import { onBeforeUnmount, ref, shallowRef } from 'vue'
import type { Drive, DriveEntry, DriveFolder } from '../../../../contract'
import { asProblem, call } from '../../api'
import { base64ToBytes } from './drive-files'

/** Photos above this are shown with their icon only: a thumbnail is not worth reading 10 MB. */
const THUMB_MAX_BYTES = 3 * 1024 * 1024
/** Thumbnails made per folder; the rest keep their icon. */
const THUMBS_PER_FOLDER = 40

/** The browser's state and moves, for one open browser. */
export function useDriveBrowser() {
  const drives = ref<Drive[] | null>(null)
  const folder = shallowRef<DriveFolder | null>(null)
  const picked = ref<string[]>([])
  const busy = ref('')
  /** null: nothing wrong; '': failed without core's words; else core's Chinese message. */
  const problem = ref<string | null>(null)
  const thumbs = ref<Record<string, string>>({})
  let generation = 0

  const say = (e: unknown) => {
    problem.value = asProblem(e).userMessage
  }

  function dropThumbs(): void {
    for (const url of Object.values(thumbs.value)) URL.revokeObjectURL(url)
    thumbs.value = {}
  }

  async function loadThumbs(entries: DriveEntry[], gen: number): Promise<void> {
    const photos = entries.filter((e) => e.kind === 'image' && e.bytes <= THUMB_MAX_BYTES)
    for (const e of photos.slice(0, THUMBS_PER_FOLDER)) {
      const file = await call('drives.read', { path: e.path }).catch(() => null)
      if (!file || gen !== generation) return
      const url = URL.createObjectURL(new Blob([base64ToBytes(file.bytesBase64)]))
      thumbs.value = { ...thumbs.value, [e.path]: url }
    }
  }

  /** The drive list (again after 刷新): a stick plugged in a moment ago shows up. */
  async function listDrives(): Promise<void> {
    problem.value = null
    generation++
    dropThumbs()
    folder.value = null
    try {
      drives.value = (await call('drives.list', {})).drives
    } catch (e) {
      say(e)
    }
  }

  /** Opens a drive or a folder; the photos in it get thumbnails one by one. */
  async function open(path: string): Promise<void> {
    problem.value = null
    try {
      const next = await call('drives.browse', { path })
      generation++
      dropThumbs()
      folder.value = next
      void loadThumbs(next.entries, generation)
    } catch (e) {
      say(e)
    }
  }

  /** 返回上一层: the parent folder, or the drive list from a drive's top. */
  async function up(): Promise<void> {
    const parent = folder.value?.parent
    if (parent) await open(parent)
    else await listDrives()
  }

  function toggle(path: string): void {
    picked.value = picked.value.includes(path)
      ? picked.value.filter((p) => p !== path)
      : [...picked.value, path]
  }

  onBeforeUnmount(() => {
    generation++
    dropThumbs()
  })

  return { drives, folder, picked, busy, problem, thumbs, listDrives, open, up, toggle, say }
}
