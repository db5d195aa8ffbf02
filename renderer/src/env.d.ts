import type { VillageBridge } from '../../contract'

declare global {
  interface Window {
    /** Exposed by the preload (or the test bridge); only src/api may touch it. */
    readonly village?: VillageBridge
  }
}

export {}
