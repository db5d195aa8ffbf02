/**
 * The thumbnail is made once, here, when a cadre picks a photo: Chromium decodes it (no native
 * image library in core) and a small JPEG goes to core beside the original.
 */
export const LONG_SIDE = 320

export interface Thumb {
  base64: string
  width: number
  height: number
}

function blobToBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''))
    reader.onerror = () => reject(reader.error ?? new Error('thumb: read failed'))
    reader.readAsDataURL(blob)
  })
}

/** A JPEG about 320 px on its long side, or null when the browser cannot decode the file. */
export async function makeThumb(file: Blob): Promise<Thumb | null> {
  let bitmap: ImageBitmap
  try {
    bitmap = await createImageBitmap(file)
  } catch {
    return null
  }
  const { width, height } = bitmap
  const k = Math.min(1, LONG_SIDE / Math.max(width, height))
  const canvas = document.createElement('canvas')
  canvas.width = Math.max(1, Math.round(width * k))
  canvas.height = Math.max(1, Math.round(height * k))
  const ctx = canvas.getContext('2d')
  if (!ctx) return null
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, canvas.width, canvas.height)
  ctx.drawImage(bitmap, 0, 0, canvas.width, canvas.height)
  bitmap.close()
  const base64 = await canvasToJpeg(canvas)
  return base64 ? { base64, width, height } : null
}

/** The canvas as base64 JPEG, or null when the browser cannot encode it. */
export async function canvasToJpeg(canvas: HTMLCanvasElement): Promise<string | null> {
  const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/jpeg', 0.8))
  return blob ? blobToBase64(blob) : null
}
