/**
 * Real Syncthing instances for the township spec: each with its own config folder and ports on
 * 127.0.0.1, discovery, relays, NAT, upgrades and usage reporting off, and a REST API key we
 * make. The config written here is the one docs/township.md tells a technician to set.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'

/** One shared folder: same id on both sides; sendonly at the village, receiveonly at the township. */
export interface SharedFolder {
  id: string
  path: string
  type: 'sendonly' | 'receiveonly'
}

export interface Syncthing {
  deviceId: string
  port: number
  gui: string
  apiKey: string
  home: string
  start(peer: { deviceId: string; port: number }, folder: SharedFolder): Promise<void>
  /** Asks for an immediate rescan of the folder (instead of waiting for the watcher). */
  scan(folderId: string): Promise<void>
  stop(): Promise<void>
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')

/** config.xml for one side: only 127.0.0.1, the peer at its fixed address, one folder. */
export function configXml(o: {
  self: string
  peer: { deviceId: string; port: number }
  port: number
  guiPort: number
  apiKey: string
  folder: SharedFolder
}): string {
  return `<configuration version="36">
  <folder id="${esc(o.folder.id)}" label="${esc(o.folder.id)}" path="${esc(o.folder.path)}" type="${o.folder.type}" rescanIntervalS="10" fsWatcherEnabled="true" fsWatcherDelayS="1" ignorePerms="false" autoNormalize="true">
    <device id="${o.self}"></device>
    <device id="${o.peer.deviceId}"></device>
    <versioning></versioning>
  </folder>
  <device id="${o.self}" name="self" compression="metadata"><address>dynamic</address></device>
  <device id="${o.peer.deviceId}" name="peer" compression="metadata"><address>tcp://127.0.0.1:${o.peer.port}</address></device>
  <gui enabled="true" tls="false"><address>127.0.0.1:${o.guiPort}</address><apikey>${o.apiKey}</apikey></gui>
  <options>
    <listenAddress>tcp://127.0.0.1:${o.port}</listenAddress>
    <globalAnnounceEnabled>false</globalAnnounceEnabled>
    <localAnnounceEnabled>false</localAnnounceEnabled>
    <relaysEnabled>false</relaysEnabled>
    <natEnabled>false</natEnabled>
    <urAccepted>-1</urAccepted>
    <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
    <crashReportingEnabled>false</crashReportingEnabled>
    <startBrowser>false</startBrowser>
    <stunKeepaliveStartS>0</stunKeepaliveStartS>
    <reconnectionIntervalS>2</reconnectionIntervalS>
  </options>
</configuration>
`
}

async function until<T>(what: string, ms: number, probe: () => Promise<T | null>): Promise<T> {
  const end = Date.now() + ms
  for (;;) {
    const got = await probe().catch(() => null)
    if (got !== null) return got
    if (Date.now() > end) throw new Error(`syncthing: timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 250))
  }
}

/** Generates keys in `home` and reads the device id; start() writes the config and runs it. */
export async function makeSyncthing(home: string): Promise<Syncthing> {
  mkdirSync(home, { recursive: true })
  execFileSync('syncthing', ['generate', '--home', home, '--no-default-folder'], {
    stdio: 'ignore',
  })
  const deviceId = execFileSync('syncthing', ['serve', '--home', home, '--device-id'])
    .toString()
    .trim()
  const port = await freePort()
  const guiPort = await freePort()
  const apiKey = randomBytes(24).toString('hex')
  const gui = `http://127.0.0.1:${guiPort}`
  let child: ChildProcess | null = null
  const rest = (path: string, method = 'GET') =>
    fetch(`${gui}${path}`, { method, headers: { 'X-API-Key': apiKey } })
  return {
    deviceId,
    port,
    gui,
    apiKey,
    home,
    async start(peer, folder) {
      mkdirSync(join(folder.path, '.stfolder'), { recursive: true })
      const xml = configXml({ self: deviceId, peer, port, guiPort, apiKey, folder })
      writeFileSync(join(home, 'config.xml'), xml)
      child = spawn(
        'syncthing',
        ['serve', '--home', home, '--no-browser', '--no-restart', '--no-upgrade', '--logfile=-'],
        { stdio: ['ignore', 'ignore', 'ignore'], env: { ...process.env, STNOUPGRADE: '1' } },
      )
      await until('REST API', 20_000, async () =>
        (await rest('/rest/system/ping')).ok ? true : null,
      )
    },
    async scan(folderId) {
      const r = await rest(`/rest/db/scan?folder=${encodeURIComponent(folderId)}`, 'POST')
      if (!r.ok) throw new Error(`syncthing: scan failed ${r.status} ${await r.text()}`)
    },
    async stop() {
      const c = child
      child = null
      if (!c || c.exitCode !== null) return
      await rest('/rest/system/shutdown', 'POST').catch(() => null)
      const exited = new Promise<void>((r) => c.once('exit', () => r()))
      const timer = setTimeout(() => c.kill('SIGKILL'), 5_000)
      await exited
      clearTimeout(timer)
    },
  }
}
