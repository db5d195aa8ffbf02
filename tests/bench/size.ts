/** The renderer JavaScript a kiosk loads before the home screen is interactive, gzipped. */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

/** Scripts index.html loads up front: the entry and its modulepreload chunks. */
export async function entryScripts(rendererDir: string): Promise<string[]> {
  const html = await readFile(join(rendererDir, 'index.html'), 'utf8')
  const files = new Set<string>()
  for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g)) files.add(m[1]!)
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g))
    files.add(m[1]!)
  return [...files].map((f) => f.replace(/^\.?\//, ''))
}

/**
 * Gzipped bytes of the given scripts (paths relative to the renderer folder): those index.html
 * names and those the browser actually fetched for the home screen, lazy chunks included.
 */
export async function initialJsGzip(
  rendererDir: string,
  fetched: readonly string[],
): Promise<{ bytes: number; files: string[] }> {
  const files = [...new Set([...(await entryScripts(rendererDir)), ...fetched])].sort()
  let bytes = 0
  for (const f of files) bytes += gzipSync(await readFile(join(rendererDir, f))).length
  return { bytes, files }
}
