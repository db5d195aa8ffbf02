/** pdf.js's worker code, run on core's own thread (pdf-text.ts); it ships without types. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown
}
