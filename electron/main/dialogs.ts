/** The admin's own file dialogs for backups: a folder to write to, or an archive to restore. */
import { BrowserWindow, dialog } from 'electron'
import type { OpenDialogOptions } from 'electron'

const OPTIONS: Record<'folder' | 'archive', OpenDialogOptions> = {
  folder: {
    title: '选择备份位置（U 盘或文件夹）',
    properties: ['openDirectory', 'createDirectory'],
  },
  archive: {
    title: '选择要恢复的备份文件',
    properties: ['openFile'],
    filters: [{ name: '村务公开备份', extensions: ['cwbak'] }],
  },
}

/** Shows the dialog over the kiosk window; null when the admin cancels. */
export async function pickPath(kind: 'folder' | 'archive'): Promise<string | null> {
  const parent = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]
  const options = OPTIONS[kind]
  const result = parent
    ? await dialog.showOpenDialog(parent, options)
    : await dialog.showOpenDialog(options)
  return result.canceled ? null : (result.filePaths[0] ?? null)
}
