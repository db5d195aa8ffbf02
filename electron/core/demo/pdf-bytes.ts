/**
 * The file around a hand-written PDF's objects: the header, each object numbered from 1, the
 * cross-reference table with their computed offsets and the trailer naming object 1 as the root.
 */

/** The bytes of a PDF whose objects, in order, are `objects` (object 1 is its catalog). */
export function pdfBytes(objects: readonly string[]): Buffer {
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((o, i) => {
    offsets.push(out.length)
    out += `${i + 1} 0 obj\n${o}\nendobj\n`
  })
  const xref = out.length
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(out, 'latin1')
}
