/**
 * The UI font: the system's Noto Sans CJK SC where installed (styles/fonts.css), otherwise the
 * Noto Sans SC copy shipped with the app, loaded only then, so the home screen on a machine
 * that has the font fetches no font file and parses no 200 KB of @font-face rules.
 */
const UI_FONT = 'Kiosk Sans'

/** Whether the system font behind 'Kiosk Sans' is there (its local() faces loaded). */
async function systemFontPresent(): Promise<boolean> {
  try {
    const faces = await document.fonts.load(`400 24px "${UI_FONT}"`, '村务公开')
    return faces.some((f) => f.status === 'loaded')
  } catch {
    return false
  }
}

let installed: Promise<void> | null = null

/** Loads the shipped font's faces when the system has none; once, however often it is asked. */
export function installUiFont(): Promise<void> {
  installed ??= systemFontPresent().then(async (present) => {
    if (present) return
    await Promise.all([
      import('@fontsource/noto-sans-sc/400.css'),
      import('@fontsource/noto-sans-sc/700.css'),
    ])
  })
  return installed
}
