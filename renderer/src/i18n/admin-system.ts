/**
 * Words of the 设备 screen (incident log and leaving kiosk mode), merged into zh-CN under `system`.
 * {name} is filled in from t()'s second argument (renderer/src/i18n/index.ts); nothing else is special.
 */
export const adminSystem = () => ({
  nav: '设备与退出',
  title: '设备情况',
  incidentsTitle: '故障记录',
  incidentsIntro:
    '触摸屏自己处理过的问题（画面崩溃后重新加载、显卡故障后改用软件显示等），最新的在前。',
  incidentsNone: '没有故障记录。',
  incidentAt: '{time}',
  kinds: {
    'renderer-gone': '画面崩溃，已自动重新加载',
    unresponsive: '画面没有响应，已重新加载',
    'gpu-gone': '显卡故障',
    'gpu-off-at-start': '已改用软件显示（显卡多次故障）',
    'navigation-blocked': '拦截了一次跳转到外部网页',
    'ipc-refused': '拦截了一次不明来源的请求',
    core: '数据程序出错',
    'main-exception': '程序出错',
    'main-rejection': '程序出错',
    other: '其他',
  },
  quitTitle: '退出触摸屏程序',
  quitIntro:
    '技术员维护电脑时才需要退出。退出后触摸屏不再显示，村民无法查看，维护完请重新打开“村务公开”。',
  quitAsk: '退出程序',
  quitConfirm: '确认退出',
  quitCancel: '不退出',
  quitSure: '真的要退出吗？退出后屏幕上将不再显示村务公开。',
  quitting: '正在退出…',
})
