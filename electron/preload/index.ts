/**
 * The renderer's only way out of its sandbox: `window.village`, two functions, nothing else.
 * It never forwards a channel or method it does not know; main checks the sender again.
 */
import { contextBridge, ipcRenderer } from 'electron'
import type { IpcRendererEvent } from 'electron'
import type { Method, Output, VillageBridge } from '../../contract/api'
import { CHANNEL_CHANGED, CHANNEL_INVOKE, isMethodName } from '../../contract/methods'
import { fail } from '../../contract/result'
import type { Result } from '../../contract/result'

const village: VillageBridge = {
  invoke<M extends Method>(method: M, input: unknown): Promise<Result<Output<M>>> {
    if (!isMethodName(method)) {
      return Promise.resolve(fail('UNKNOWN_METHOD', '没有这项功能，请返回首页重试。'))
    }
    return ipcRenderer.invoke(CHANNEL_INVOKE, method, input) as Promise<Result<Output<M>>>
  },
  onChanged(listener: (seq: number) => void): () => void {
    if (typeof listener !== 'function') return () => undefined
    const relay = (_event: IpcRendererEvent, seq: unknown): void => {
      if (typeof seq === 'number') listener(seq)
    }
    ipcRenderer.on(CHANNEL_CHANGED, relay)
    return () => {
      ipcRenderer.removeListener(CHANNEL_CHANGED, relay)
    }
  },
}

contextBridge.exposeInMainWorld('village', village)
