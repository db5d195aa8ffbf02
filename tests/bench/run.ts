/**
 * `npm run bench`: builds a ten-year village and measures the kiosk against baselines taken in
 * the same run on the same machine. Prints `bench NAME VALUE UNIT` per figure and writes
 * artifacts/bench.json with the machine it ran on.
 */
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { availableParallelism, cpus, platform, release, tmpdir, totalmem, type } from 'node:os'
import { join } from 'node:path'
import { buildEmptyPage, launchBenchBrowser, snapshotRenderer } from './browser'
import { installCallMeter } from './calls'
import { throttledRun } from './throttled'
import { reportTaps, slowest } from './tap-report'
import { initialJsGzip } from './size'
import { bridgeTransport } from './transport'
import { loadTimes, writeTimes } from './store-bench'
import { coreModuleLoad } from './modules'
import { homeVsEmpty } from './ui-load'
import { heapGrowth, longTasksWhileScrolling } from './ui-long'
import { navigationRoutes } from './routes'
import { periodChanges, searches, sectionSwitches, type TapSample } from './ui-taps'
import { townshipFigures } from './township'
import { buildBenchVillage } from './village'

interface Figure {
  name: string
  value: number
  unit: string
  /** The target, and whether this run met it. */
  target: string
  ok: boolean
}

const figures: Figure[] = []
const round = (v: number, digits: number) => Number(v.toFixed(digits))

function report(name: string, value: number, unit: string, target: string, ok: boolean): void {
  figures.push({ name, value, unit, target, ok })
  console.log(`bench ${name} ${value} ${unit}`)
}

const note = (text: string) => console.log(`# ${text}`)

/** The distribution's name where /etc/os-release tells it, plus the kernel. */
async function osName(): Promise<string> {
  const pretty = await readFile('/etc/os-release', 'utf8').then(
    (t) => /^PRETTY_NAME="?([^"\n]*)"?/m.exec(t)?.[1],
    () => undefined,
  )
  return `${pretty ?? type()} (${platform()} ${release()})`
}

async function main(): Promise<void> {
  const machine: Record<string, string | number> = {
    nproc: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    ramGiB: round(totalmem() / 2 ** 30, 1),
    os: await osName(),
    node: process.version,
  }
  note(
    `machine: ${machine.nproc} × ${machine.cpu}, ${machine.ramGiB} GiB RAM, ${machine.os}, Node ${machine.node}`,
  )
  const work = await mkdtemp(join(tmpdir(), 'bench-pages-'))
  const appDir = join(work, 'kiosk')
  const emptyDir = join(work, 'empty')
  await snapshotRenderer(appDir)
  let t = performance.now()
  const { dir, counts } = await buildBenchVillage()
  note(
    `village: ${JSON.stringify(counts)} built in ${Math.round((performance.now() - t) / 1000)} s`,
  )
  try {
    const load = await loadTimes(dir)
    report('load', round(load.core, 0), 'ms', '≤ 300 ms', load.core <= 300)
    report('load_store', round(load.store, 0), 'ms', 'part of load', true)
    report('core_modules', round(await coreModuleLoad(), 0), 'ms', 'diagnostic', true)
    const write = await writeTimes(dir)
    report('write_p95', round(write.ours, 1), 'ms', 'see ratio', true)
    report('write_p50', round(write.oursMedian, 1), 'ms', 'diagnostic', true)
    report('write_p95_sqlite', round(write.sqlite, 1), 'ms', 'baseline', true)
    const writeRatio = write.ours / write.sqlite
    report('write_ratio', round(writeRatio, 2), 'x', '≤ 2×', writeRatio <= 2)
    report('write_p95_sqlite_wal', round(write.sqliteWal, 2), 'ms', 'diagnostic', true)
    report('write_ratio_wal', round(write.ours / write.sqliteWal, 2), 'x', 'diagnostic', true)

    await buildEmptyPage(emptyDir)
    const b = await launchBenchBrowser(dir, appDir, emptyDir)
    machine.chromium = b.browser.version()
    note(`chromium: ${machine.chromium}`)
    try {
      const page = b.host.page
      const meter = await installCallMeter(page.context(), b.host.core!)
      t = performance.now()
      const home = await homeVsEmpty(page, 15, b.host.core!)
      report('home_interactive', round(home.home, 0), 'ms', 'see ratio', true)
      report('home_interactive_bridge_free', round(home.homeBridgeFree, 0), 'ms', 'see ratio', true)
      report('empty_vue_page', round(home.empty, 0), 'ms', 'baseline', true)
      report('home_ratio', round(home.home / home.empty, 2), 'x', 'bridge figure', true)
      const homeRatio = home.homeBridgeFree / home.empty
      report('home_ratio_bridge_free', round(homeRatio, 2), 'x', '≤ 1.3×', homeRatio <= 1.3)
      report('home_dom_content_loaded', round(home.homeDcl, 0), 'ms', 'diagnostic', true)
      report('home_answers_direct', round(home.homeDirect, 0), 'ms', 'diagnostic', true)
      const js = await initialJsGzip(appDir, home.scripts)
      report('initial_js_gzip', round(js.bytes / 1024, 1), 'KB', '≤ 600 KB', js.bytes <= 600 * 1024)
      note(`initial JS: ${js.files.length} files`)
      // Electron runs the preload before every page; the bridge the bench loads through has none.
      const preload = (await stat('out/preload/index.cjs')).size
      report('preload_js', round(preload / 1024, 1), 'KB', 'diagnostic', true)
      const routes = await navigationRoutes(b.host.core!)
      const taps: Array<[string, () => Promise<TapSample[]>, number?]> = [
        ['tap_section', () => sectionSwitches(page, routes, 3, meter)],
        ['tap_period', () => periodChanges(page, 3, meter)],
        ['tap_search', () => searches(page, undefined, meter), 30],
      ]
      for (const [name, measure, coreLimit] of taps) {
        const samples = await measure()
        reportTaps(report, name, samples, 100, coreLimit)
        const calls = samples.reduce((n, s) => n + (s.cost?.calls ?? 0), 0)
        note(`${name}: ${samples.length} taps, ${calls} calls; slowest ${slowest(samples)}`)
      }
      await throttledRun(page, routes, meter, b.host.core!, report, note)
      const transport = await bridgeTransport(page, b.host.core!)
      report('home_summary_via_bridge', round(transport.home.page, 0), 'ms', 'diagnostic', true)
      report('home_summary_in_core', round(transport.home.core, 0), 'ms', 'diagnostic', true)
      report('sheet_via_bridge', round(transport.sheet.page, 0), 'ms', 'diagnostic', true)
      report('sheet_in_core', round(transport.sheet.core, 0), 'ms', 'diagnostic', true)
      const long = await longTasksWhileScrolling(page, b.host.core!)
      report('long_tasks_scrolling', long, 'count', '0', long === 0)
      const heap = await heapGrowth(page, routes)
      report('heap_after_20', round(heap.at20 / 2 ** 20, 1), 'MB', 'baseline', true)
      report('heap_after_1000', round(heap.at1000 / 2 ** 20, 1), 'MB', 'diagnostic', true)
      report('heap_after_2000', round(heap.at2000 / 2 ** 20, 1), 'MB', 'see ratio', true)
      const ratio = heap.at2000 / heap.at20
      report('heap_ratio', round(ratio, 2), 'x', '≤ 1.1×', ratio <= 1.1)
      report('heap_ratio_objects', round(heap.objectsRatio, 2), 'x', 'diagnostic', true)
      if (ratio > 1.1 || process.env.BENCH_HEAP_TOP)
        for (const g of heap.grew)
          note(`heap grew: ${g.key} +${g.count} objects, +${round(g.bytes / 1024, 1)} KB`)
      note(`browser part took ${Math.round((performance.now() - t) / 1000)} s`)
    } finally {
      await b.close()
    }
  } finally {
    await rm(work, { recursive: true, force: true })
    await rm(dir, { recursive: true, force: true })
  }
  t = performance.now()
  const town = await townshipFigures()
  note(`township: ${town.packages} packages in ${town.open.villages} villages`)
  report('township_open', round(town.open.ms, 0), 'ms', '≤ 2000 ms', town.open.ms <= 2000)
  const rss = town.open.rss / 2 ** 20
  report('township_rss', round(rss, 0), 'MB', '≤ 500 MB', rss <= 500)
  const first = town.first.ms
  report('township_open_first', round(first, 0), 'ms', '≤ 2000 ms', first <= 2000)
  report('township_open_first_cpu', round(town.first.cpuMs, 0), 'ms', 'diagnostic', true)
  report('township_rss_first', round(town.first.rss / 2 ** 20, 0), 'MB', 'diagnostic', true)
  note(`township part took ${Math.round((performance.now() - t) / 1000)} s`)
  const judged = figures.filter((f) => f.target.startsWith('≤') || f.target === '0')
  const missed = judged.filter((f) => !f.ok)
  note(
    missed.length ? `targets missed: ${missed.map((f) => f.name).join(', ')}` : 'all targets met',
  )
  console.log(`bench targets met ${judged.length - missed.length}/${judged.length}`)
  await mkdir('artifacts', { recursive: true })
  const met = { met: judged.length - missed.length, of: judged.length }
  const out = { at: new Date().toISOString(), machine, village: counts, targets: met, figures }
  await writeFile('artifacts/bench.json', `${JSON.stringify(out, null, 2)}\n`)
}

main().catch((err: unknown) => {
  console.error(err)
  process.exitCode = 1
})
