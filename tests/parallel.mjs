/**
 * Runs npm scripts in lanes side by side: `node tests/parallel.mjs typecheck build,security,lint`
 * runs typecheck beside build → security → lint. The checks before the tests each use one
 * thread (tsc, eslint), so two lanes keep both cores of a small CI machine busy: about 100 s
 * instead of 180 s there. Each script's output is printed whole when it ends, so lanes do not
 * interleave; a lane stops at its first failure, and the exit code is the first failure's.
 */
import { spawn } from 'node:child_process'

const lanes = process.argv.slice(2).map((lane) => lane.split(',').filter(Boolean))
if (lanes.length === 0) {
  console.error('用法：node tests/parallel.mjs 脚本[,脚本…] [脚本[,脚本…]]…')
  process.exit(2)
}

/** `npm run <script>`, its output gathered. */
function run(script) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32',
    })
    let out = ''
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (out += d))
    child.on('error', (e) => resolve({ code: 1, out: `${out}${e}\n` }))
    child.on('close', (code) => resolve({ code: code ?? 1, out }))
  })
}

async function lane(scripts) {
  for (const script of scripts) {
    const started = Date.now()
    const { code, out } = await run(script)
    const seconds = Math.round((Date.now() - started) / 1000)
    process.stdout.write(
      `\n── ${script}: ${code === 0 ? 'ok' : `失败（${code}）`}, ${seconds} s ──\n${out}`,
    )
    if (code !== 0) return code
  }
  return 0
}

const codes = await Promise.all(lanes.map(lane))
process.exit(codes.find((c) => c !== 0) ?? 0)
