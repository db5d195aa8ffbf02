#!/usr/bin/env node
/**
 * Runs Doyensec's Electronegativity over the built main and preload (`npm run build` first)
 * and exits non-zero on any finding above INFORMATIONAL, on any file it could not parse, and
 * if the sandboxed preload bundle requires anything but 'electron'. The CLI itself always
 * exits 0, hence this wrapper. The CSV report lands in artifacts/electronegativity.csv.
 *
 * Main and preload are scanned in ONE run (copied side by side) because the global checks
 * (navigation limits, permission handler, CSP) look across all files of a run: the preload
 * alone would be reported as missing main's handlers.
 *
 * Exceptions are `eng-disable CHECK_ID` comments on the flagged line of the built output,
 * written as `/* eng-disable ID @preserve *\/` in the source so the bundler keeps them, each
 * with a comment above it in the source saying why.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const run = require('@doyensec/electronegativity')
const electronVersion = require('electron/package.json').version

const TARGETS = ['out/main', 'out/preload']
/**
 * Not run: AvailableSecurityFixesGlobalCheck asks the network for newer Electron releases,
 * so its verdict changes with the day and the connection, not with our code. Staying on a
 * patched Electron is the job of the pinned `electron` devDependency and its updates.
 */
const EXCLUDED = ['AvailableSecurityFixesGlobalCheck']

/** A sandboxed preload can require() only 'electron': anything else fails at runtime. */
function checkPreloadBundle() {
  const code = readFileSync(join(root, 'out/preload/index.cjs'), 'utf8')
  const names = [...code.matchAll(/require\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1])
  const foreign = [...new Set(names)].filter((name) => name !== 'electron')
  return foreign.length === 0
    ? []
    : [
        `out/preload/index.cjs requires ${foreign.join(', ')}; a sandboxed preload may require only 'electron'`,
      ]
}

/**
 * pdf.js (core reads a typed PDF's text with it, in the core's utility process) is Mozilla's
 * code, bundled whole: Electronegativity's parser stops at its private class fields (#name), and
 * a file not scanned fails the run. It is set aside, after checking it touches no Electron API
 * (the only thing the scan looks for). Only a chunk named pdf-<hash> or pdf.worker-<hash> that
 * carries pdf.js's licence (Mozilla Foundation) is set aside: a chunk of ours (pdf-finding-…) is scanned.
 */
const VENDOR = /^pdf(\.worker)?-[\w-]{8}\.js$/
const PDFJS_LICENCE = 'Mozilla Foundation'
function setVendorAside(chunks) {
  if (!existsSync(chunks)) return []
  const problems = []
  for (const name of readdirSync(chunks).filter((n) => VENDOR.test(n))) {
    const code = readFileSync(join(chunks, name), 'utf8')
    if (!code.includes(PDFJS_LICENCE)) continue
    if (/\brequire\(\s*["'`]electron["'`]\s*\)|from\s*["'`]electron["'`]/.test(code))
      problems.push(`out/main/chunks/${name} (pdf.js, not scanned) uses Electron`)
    else console.log(`  not scanned: out/main/chunks/${name} (pdf.js, uses no Electron API)`)
    rmSync(join(chunks, name))
  }
  return problems
}

async function main() {
  const missing = TARGETS.filter((t) => !existsSync(join(root, t)))
  if (missing.length > 0) {
    console.error(`${missing.join(', ')} missing: run \`npm run build\` first`)
    return 1
  }
  const artifacts = join(root, 'artifacts')
  const input = join(artifacts, 'electronegativity-input')
  rmSync(input, { recursive: true, force: true })
  mkdirSync(input, { recursive: true })
  for (const t of TARGETS)
    cpSync(join(root, t), join(input, t.split('/').pop()), { recursive: true })
  const problems = setVendorAside(join(input, 'main', 'chunks'))

  const result = await run(
    {
      input,
      output: join(artifacts, 'electronegativity.csv'),
      isSarif: false,
      customScan: [],
      excludeFromScan: EXCLUDED.map((c) => c.toLowerCase()),
      isRelative: true,
      isVerbose: false,
      electronVersionOverride: electronVersion,
      parserPlugins: [],
    },
    false,
  )
  for (const error of result.errors) {
    if (!error.tolerable) problems.push(`${error.file}: not scanned: ${error.message}`)
  }
  for (const issue of result.issues) {
    const line = `${issue.id} ${issue.severity.name}/${issue.confidence.name} ${issue.file}:${issue.location?.line ?? 0} ${issue.description}`
    if (issue.severity.value > 0) problems.push(line)
    else console.log(`  info: ${line}`)
  }
  problems.push(...checkPreloadBundle())

  const checks = `${result.atomicChecks} atomic + ${result.globalChecks} global checks`
  if (problems.length > 0) {
    console.error(
      `Electronegativity (Electron ${electronVersion}, ${checks}): ${problems.length} finding(s) above informational:`,
    )
    for (const p of problems) console.error(`  ✗ ${p}`)
    return 1
  }
  console.log(
    `Electronegativity (Electron ${electronVersion}, ${checks}): nothing above informational in ${TARGETS.join(' + ')}.`,
  )
  return 0
}

process.exitCode = await main()
