/** How the bench reports a kind of tap: the bridge figure, core time, payload, and the bridge-free figure. */
import { percentile } from './stats'
import type { TapSample } from './ui-taps'

/** Prints one `bench NAME VALUE UNIT` line and says whether it met its target. */
export type Report = (
  name: string,
  value: number,
  unit: string,
  target: string,
  ok: boolean,
) => void

/** Largest answer (gzip-equivalent JSON) one tap may bring over the process boundary. */
export const PAYLOAD_LIMIT_KB = 64

const round = (v: number, digits: number) => Number(v.toFixed(digits))

/**
 * Reports a kind of tap. The target (`limitMs`, p95) is judged on the bridge-free figure: tap
 * to paint minus the bridge time of the same calls' null-call twins, what Electron users see.
 */
export function reportTaps(
  report: Report,
  name: string,
  samples: readonly TapSample[],
  limitMs: number,
  /** A target on the calls' core time too (search: the index answers in ≤ 30 ms). */
  coreLimitMs?: number,
): void {
  const p95 = (f: (s: TapSample) => number) => percentile(samples.map(f), 95)
  const bridgeFree = p95((s) => s.ms - (s.cost?.bridgeMs ?? 0))
  const core = p95((s) => s.cost?.coreMs ?? 0)
  const coreTarget = coreLimitMs === undefined ? 'diagnostic' : `≤ ${coreLimitMs} ms`
  const kb = Math.max(0, ...samples.map((s) => (s.cost?.gzipBytes ?? 0) / 1024))
  const rawKb = Math.max(0, ...samples.map((s) => (s.cost?.bytes ?? 0) / 1024))
  const bridge = p95((s) => s.cost?.bridgeMs ?? 0)
  report(
    `${name}_p95`,
    round(
      p95((s) => s.ms),
      0,
    ),
    'ms',
    'bridge figure',
    true,
  )
  report(`${name}_core_p95`, round(core, 1), 'ms', coreTarget, core <= (coreLimitMs ?? Infinity))
  report(`${name}_bridge_p95`, round(bridge, 0), 'ms', 'diagnostic', true)
  const payloadTarget = `≤ ${PAYLOAD_LIMIT_KB} KB`
  report(`${name}_payload_max`, round(kb, 1), 'KB', payloadTarget, kb <= PAYLOAD_LIMIT_KB)
  report(`${name}_payload_raw_max`, round(rawKb, 1), 'KB', 'diagnostic', true)
  const limit = `≤ ${limitMs} ms`
  report(`${name}_renderer_p95`, round(bridgeFree, 0), 'ms', limit, bridgeFree <= limitMs)
}

/** The `n` slowest taps (bridge-free), to say which screen a p95 comes from. */
export function slowest(samples: readonly TapSample[], n = 3): string {
  return [...samples]
    .map((s) => ({ ms: s.ms - (s.cost?.bridgeMs ?? 0), ready: s.ready }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, n)
    .map((s) => `${Math.round(s.ms)} ms ${s.ready}`)
    .join('; ')
}
