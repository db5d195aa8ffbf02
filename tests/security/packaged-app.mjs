#!/usr/bin/env node
/**
 * Packages the built app with electron-builder (`--linux dir`, `npm run build` first) against
 * a stand-in Electron made here, since this machine cannot download Electron, then checks
 * what a village would actually install:
 *   - app.asar holds only built code (out/**), package.json and runtime node_modules:
 *     no sources, tests, configs or source maps;
 *   - core's utility-process entry (out/main/core-host.js) is inside app.asar, where
 *     utilityProcess.fork finds it (onlyLoadAppFromAsar), and the watchdog's task, unit and
 *     lockdown files ship in resources/deploy/ for the technician (docs/deploy.md);
 *   - the township console's reader thread (out/main/township-reader.js) ships in app.asar
 *     and, built, starts as a worker thread and answers a folder job;
 *   - so does the thread core reads a typed PDF's text on (out/main/pdf-reader.js): built, it
 *     starts and finds the phone number in a small PDF;
 *   - the fuses from electron-builder.yml were flipped in the executable (the stand-in
 *     carries a real fuse wire, in Electron's default state, for electron-builder to flip).
 * The real installers (NSIS, deb, AppImage) need Electron and fpm from GitHub: build them
 * with `npm run dist:win` / `dist:linux` on a machine with network access.
 */
import { spawnSync } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'

const require = createRequire(import.meta.url)
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const electronVersion = require('electron/package.json').version
// electron-builder always brings @electron/asar; it reads the archive the way Electron does.
const asar = require(
  require.resolve('@electron/asar', { paths: [require.resolve('app-builder-lib')] }),
)

/** The technician's files (docs/deploy.md, 锁定检查表), shipped outside app.asar. */
const DEPLOY_FILES = [
  'windows/cunwu-kiosk-task.xml',
  'windows/cunwu-kiosk-lockdown.reg',
  'linux/cunwu-kiosk.service',
  'linux/cunwu-kiosk-session.sh',
  'linux/cunwu-kiosk.desktop',
  'linux/60-cunwu-kiosk.conf',
]

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
/** Fuse wire v1, in order; each is '0' (off) or '1' (on). Electron's defaults below. */
const FUSES = [
  ['runAsNode', '1', '0'],
  ['enableCookieEncryption', '0', '1'],
  ['enableNodeOptionsEnvironmentVariable', '1', '0'],
  ['enableNodeCliInspectArguments', '1', '0'],
  ['enableEmbeddedAsarIntegrityValidation', '0', '1'],
  ['onlyLoadAppFromAsar', '0', '1'],
  ['loadBrowserProcessSpecificV8Snapshot', '0', '0'],
  ['grantFileProtocolExtraPrivileges', '1', '0'],
]

function standInElectron(dir) {
  const wire = FUSES.map(([, initial]) => initial).join('')
  const body = `#!/bin/sh\necho "stand-in Electron for packaging tests"\nexit 1\n# ${SENTINEL}\x01${String.fromCharCode(FUSES.length)}${wire}\n`
  writeFileSync(join(dir, 'electron'), body, 'latin1')
  chmodSync(join(dir, 'electron'), 0o755)
  writeFileSync(join(dir, 'version'), electronVersion)
}

function readFuses(executable) {
  const bin = readFileSync(executable)
  const at = bin.indexOf(SENTINEL)
  if (at < 0) return null
  const start = at + SENTINEL.length + 2
  return bin.subarray(start, start + bin[at + SENTINEL.length + 1]).toString('latin1')
}

/** Top-level runtime dependencies and what they pull in may ship; nothing else in node_modules. */
function allowed(entry) {
  if (entry === '/package.json' || entry === '/out' || entry.startsWith('/out/')) return true
  return entry === '/node_modules' || entry.startsWith('/node_modules/')
}

/** Every package name reachable from "dependencies" (a devDependency may also be one of those). */
function runtimePackages() {
  const ls = spawnSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], {
    cwd: root,
    encoding: 'utf8',
  })
  const names = ls.stdout
    .split('\n')
    .map((line) => line.replaceAll('\\', '/').split('/node_modules/').pop())
    .filter(Boolean)
  return new Set(names)
}

/** The executable name electron-builder.yml gives the app. */
function executableName() {
  const yml = readFileSync(join(root, 'electron-builder.yml'), 'utf8')
  return yml.match(/^executableName:\s*(\S+)/m)?.[1] ?? pkg.name
}

function checkAsar(file) {
  const problems = []
  const entries = asar.listPackage(file, { isPack: false }).map((e) => e.replaceAll('\\', '/'))
  for (const e of entries) {
    if (!allowed(e))
      problems.push(`app.asar ships ${e}: only out/**, package.json and node_modules belong there`)
    if (/\.map$/.test(e)) problems.push(`app.asar ships a source map: ${e}`)
    if (/\.(ts|mts|cts|tsx|vue)$/.test(e) && !/\.d\.[mc]?ts$/.test(e))
      problems.push(`app.asar ships a source file: ${e}`)
    if (/^\/(electron|renderer|contract|tests|build|src)\//.test(e))
      problems.push(`app.asar ships sources: ${e}`)
  }
  const must = [
    '/package.json',
    '/out/main/index.js',
    // The utility process core runs in: main forks it from inside the archive.
    '/out/main/core-host.js',
    // The township console's reader threads, started by core-host.js beside it.
    '/out/main/township-reader.js',
    // The thread a typed PDF's text is read on, started by core-host.js beside it.
    '/out/main/pdf-reader.js',
    '/out/preload/index.cjs',
    '/out/renderer/index.html',
  ]
  for (const dep of Object.keys(pkg.dependencies ?? {}))
    must.push(`/node_modules/${dep}/package.json`)
  for (const m of must) if (!entries.includes(m)) problems.push(`app.asar lacks ${m}`)
  const runtime = runtimePackages()
  const devOnly = Object.keys(pkg.devDependencies ?? {}).filter((d) => !runtime.has(d))
  for (const d of devOnly) {
    if (entries.includes(`/node_modules/${d}/package.json`))
      problems.push(`app.asar ships the devDependency ${d}`)
  }
  return { problems, count: entries.length }
}

function main() {
  const builtFiles = [
    'out/main/index.js',
    'out/main/core-host.js',
    'out/main/township-reader.js',
    'out/main/pdf-reader.js',
    'out/preload/index.cjs',
    'out/renderer/index.html',
  ]
  for (const built of builtFiles) {
    if (!existsSync(join(root, built))) {
      console.error(`${built} missing: run \`npm run build\` first`)
      return 1
    }
  }
  const work = mkdtempSync(join(tmpdir(), 'kiosk-package-'))
  try {
    const dist = join(work, 'electron')
    spawnSync('mkdir', ['-p', dist])
    standInElectron(dist)
    const output = join(work, 'dist')
    const cli = require.resolve('electron-builder/cli.js')
    const run = spawnSync(
      process.execPath,
      [
        cli,
        '--linux',
        'dir',
        '--x64',
        `-c.electronDist=${dist}`,
        `-c.directories.output=${output}`,
      ],
      { cwd: root, encoding: 'utf8', env: { ...process.env, CI: '1' }, timeout: 600_000 },
    )
    if (run.status !== 0) {
      console.error(run.stdout, run.stderr)
      console.error('electron-builder failed')
      return 1
    }
    const unpacked = join(output, 'linux-unpacked')
    const problems = []
    const wire = readFuses(join(unpacked, executableName()))
    if (wire === null) problems.push('no fuse wire in the packaged executable')
    else {
      FUSES.forEach(([name, , expected], i) => {
        if (wire[i] !== expected) problems.push(`fuse ${name} is ${wire[i]}, expected ${expected}`)
      })
    }
    const { problems: asarProblems, count } = checkAsar(join(unpacked, 'resources', 'app.asar'))
    problems.push(...asarProblems)
    for (const file of DEPLOY_FILES) {
      if (!existsSync(join(unpacked, 'resources', 'deploy', file)))
        problems.push(`resources/deploy/${file} missing: the technician's checklist needs it`)
    }
    if (problems.length > 0) {
      for (const p of problems) console.error(`  ✗ ${p}`)
      return 1
    }
    console.log(
      `Packaged app: ${count} entries in app.asar, all built code or runtime modules; fuses ${wire}.`,
    )
    console.log(
      '(--linux dir with a stand-in Electron; NSIS/deb/AppImage need network, see electron-builder.yml)',
    )
    return 0
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

/** The built reader thread starts outside the bundler and answers a job (an empty village folder). */
async function readerAnswers() {
  const inbox = mkdtempSync(join(tmpdir(), 'kiosk-reader-'))
  mkdirSync(join(inbox, 'v'))
  const worker = new Worker(join(root, 'out/main/township-reader.js'))
  try {
    // One job and the shared counter it is taken by (ReaderWork in electron/core/township/readers.ts).
    const replies = await new Promise((resolve, reject) => {
      const got = []
      worker.on('message', (m) => (got.push(m), 'end' in m && resolve(got))).once('error', reject)
      const job = { inbox, stateDir: join(inbox, 'state'), folder: 'v', seen: {}, cached: {} }
      worker.postMessage({ jobs: [job], next: new Int32Array(new SharedArrayBuffer(4)) })
    })
    const [first] = replies
    if (
      replies.length !== 2 ||
      first?.i !== 0 ||
      first.ok !== true ||
      first.done.check.folder !== 'v'
    )
      return `the built township reader answered ${JSON.stringify(replies)}`
    return null
  } catch (error) {
    return `the built township reader did not start: ${error}`
  } finally {
    await worker.terminate()
    rmSync(inbox, { recursive: true, force: true })
  }
}

/** A one-page PDF whose text is a full phone number, in Helvetica (no font file needed). */
function phonePdf() {
  const text = 'BT /F1 12 Tf 10 50 Td (13812345678) Tj ET'
  return Buffer.from(
    [
      '%PDF-1.4',
      '1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj',
      '2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj',
      '3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 300 100]/Resources<</Font<</F1 4 0 R>>>>/Contents 5 0 R>> endobj',
      '4 0 obj <</Type/Font/Subtype/Type1/BaseFont/Helvetica>> endobj',
      `5 0 obj <</Length ${text.length}>> stream`,
      text,
      'endstream endobj',
      'trailer <</Root 1 0 R>>',
      '%%EOF',
    ].join('\n'),
  )
}

/** The built PDF reader thread starts and answers what a PDF's text holds (pdf-numbers.ts). */
async function pdfReaderAnswers() {
  const worker = new Worker(join(root, 'out/main/pdf-reader.js'), {
    resourceLimits: { maxOldGenerationSizeMb: 256 },
  })
  try {
    const answer = await new Promise((resolve, reject) => {
      worker.once('message', resolve).once('error', reject)
      const bytes = new Uint8Array(phonePdf())
      worker.postMessage({ bytes, dataDir: join(root, 'out/renderer/pdfjs/') }, [bytes.buffer])
    })
    if (answer?.found !== 'number' || answer.page !== 1)
      return `the built PDF reader answered ${JSON.stringify(answer)}`
    return null
  } catch (error) {
    return `the built PDF reader did not start: ${error}`
  } finally {
    await worker.terminate()
  }
}

/** The packages a built file imports, following its relative imports (the shared chunks). */
function packagesImported(file, seen = new Set()) {
  if (seen.has(file)) return new Set()
  seen.add(file)
  const found = new Set()
  const text = readFileSync(file, 'utf8')
  // import … from "x", import "x", export … from "x", import("x"), require("x"); minified or not.
  const specs = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\(\s*)["']([^"']+)["']/g
  for (const [, spec] of text.matchAll(specs)) {
    if (spec.startsWith('.')) {
      for (const p of packagesImported(join(dirname(file), spec), seen)) found.add(p)
    } else found.add(spec)
  }
  return found
}

/**
 * Main (before the first window) and the preload (before every page) load no zod: the API's
 * schemas are core's. A shared chunk that drags them in would cost every start and every page.
 */
function zodOffTheStartPath() {
  const files = ['out/main/index.js', 'out/preload/index.cjs']
  const isZod = (p) => p === 'zod' || p.startsWith('zod/')
  const heavy = files.filter((f) => [...packagesImported(join(root, f))].some(isZod))
  return heavy.length ? `zod is loaded by ${heavy.join(' and ')}` : null
}

process.exitCode = main()
if (process.exitCode === 0) {
  const problem = zodOffTheStartPath() ?? (await readerAnswers()) ?? (await pdfReaderAnswers())
  if (problem) {
    console.error(`  ✗ ${problem}`)
    process.exitCode = 1
  } else
    console.log(
      'Main and the preload load no zod; the built township reader thread answers a folder job; the built PDF reader thread finds a phone number.',
    )
}
