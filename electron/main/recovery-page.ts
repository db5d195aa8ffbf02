/**
 * The plain page shown while the renderer keeps failing. Built into main (not the renderer
 * bundle) so it still shows when the renderer build itself is the problem; no script, since
 * main drives the retries.
 */

/** One plain page: a big line and a few sentences, no script (main drives what happens next). */
function plainPage(title: string, lines: string[]): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>村务公开</title>
<style>
  html, body { margin: 0; height: 100%; background: #eef4f1; color: #1d3b33;
    font-family: "Noto Sans SC", "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif; }
  main { height: 100%; display: flex; flex-direction: column; align-items: center;
    justify-content: center; gap: 32px; text-align: center; padding: 48px; box-sizing: border-box; }
  h1 { font-size: 56px; margin: 0; font-weight: 700; }
  p { font-size: 32px; margin: 0; line-height: 1.6; max-width: 28em; }
</style>
</head>
<body>
<main>
  <h1>${title}</h1>
${lines.map((l) => `  <p>${l}</p>`).join('\n')}
</main>
</body>
</html>
`
}

/** Served at app://kiosk/recovery.html under the same strict CSP as every other page. */
export const RECOVERY_HTML = plainPage('暂时无法显示，正在重试…', [
  '屏幕会自动恢复，请稍候。',
  '如果很长时间仍未恢复，请联系村委会工作人员。',
])

/** Served at app://kiosk/folder-busy.html when another program holds the data folder (#13.4). */
export const FOLDER_BUSY_HTML = plainPage('数据文件夹正被另一个程序使用', [
  '另一个村务公开程序正在使用同一个数据文件夹。为免两边同时写坏记录，本程序没有读写其中任何数据。',
  '请先关闭另一个程序；本程序每分钟会自动再试一次。',
  '如果不知道是哪个程序，请联系村委会工作人员或技术人员。',
])
