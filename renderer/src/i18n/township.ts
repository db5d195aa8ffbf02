/**
 * Words of the township link: the kiosk's signing fingerprint, 导出给乡镇, and the 乡镇汇总
 * console for township staff. Merged into zh-CN under `township`.
 */
export const townshipMessages = () => ({
  title: '乡镇汇总',
  intro:
    '各村触摸屏公开的内容，自动收进本机的收件文件夹。每个包都先核对签名和前后链接，再汇总到下表。',
  today: '今天 {date}',
  inbox: '收件文件夹：{path}',
  refresh: '重新读取',
  refreshing: '正在读取各村的公开包…',
  checking: '正在核对各村的公开包：已核对 {done} 个村，共 {total} 个村',
  autoRefresh: '每 10 秒自动重新读取一次',
  problemsTitle: '发现 {count} 个问题，请核查',
  problemsNone: '全部核对无误：每个包的签名都对，前后链接完整，没有出现两个不同的版本。',
  problemKinds: {
    signature: '签名不对',
    fork: '同一序号有两个版本',
    chain: '前后接不上',
    unreadable: '文件损坏',
    key: '签名钥匙不符',
    missing: '收到过的不见了',
    record: '乡镇这边的记录被动过',
  },
  problemLine: '{village} · 第 {seq} 个包 · {kind}：{message}',
  problemLineNoSeq: '{village} · {kind}：{message}',
  empty:
    '收件文件夹里还没有任何村的公开包。请按说明把各村的触摸屏和本机配对，或把U盘里的文件夹复制进来。',
  col: {
    village: '村',
    check: '核验',
    last: '最近公开的账目',
    due: '按期公开',
    questions: '逾期未答复',
    matters: '四议两公开提醒',
    corrections: '近90天更正',
    income: '{year}年收入',
    expense: '{year}年支出',
    management: '管理费用占比',
  },
  checkOk: '✔ 已核验 {verified} 个包',
  checkBad: '✘ 有问题（已核验 {verified} / {packages} 个包）',
  /** Nothing of the village could be read or checked: the reasons are in the red box above. */
  checkUnreadable:
    '✘ 有问题（已核验 0 / {packages} 个包）：没有一个包能用（读不出来或核对不上），原因见上面的红框',
  checkFolderUnreadable: '✘ 有问题：这个村的文件夹读不出来，原因见上面的红框',
  fingerprint: '指纹 {fp}',
  folder: '文件夹 {folder}',
  lastNone: '还没有公开过账目',
  lastAt: '收到 {time}',
  onTime: '按时',
  onTimeLatest: '最近一期按时',
  missing: '✘ 漏了没公开：{list}',
  missingMore: '✘ 漏了 {n} 期没公开：{list} 等',
  overdue: '✘ 逾期：{period}应在 {date} 前公开',
  dueNext: '{period}应在 {date} 前公开',
  dueUnknownUnusable: '无法判断：没有一个包能用，不知道本村按月还是按季度公开',
  dueUnknownNone: '无法判断：还没有收到本村的包',
  modeMonth: '按月公开',
  modeQuarter: '按季度公开',
  questions: '{n} 条',
  /** Answered, but only after the due day: the kiosk's board marks each of them too. */
  answeredLate: '{year}年另有 {n} 条过了期限才答复',
  /** Questions the village kept off its board, and why: the counts villagers see there too. */
  withheldTitle: '没有公开的提问',
  withheld: '共 {n} 条（{reasons}），村民在触摸屏上看得到条数和原因',
  withheldReason: '{reason} {n} 条',
  none: '无',
  corrections: '{n} 次',
  share: '{pct}%',
  shareNone: '—',
  /** On a kiosk: the signing key that makes every publish checkable by the township. */
  identity: {
    title: '给乡镇的签名',
    fingerprint: '本机签名指纹：{fp}',
    packages: '已发出 {n} 个公开包',
    none: '这台触摸屏还没有设置给乡镇的签名。',
    hint: '乡镇汇总里显示的指纹应和这里一样；每张打印的公开表上也印着它。',
  },
  printFingerprint: '签名指纹 {fp}',
  /** 管理 → 导出给乡镇: the outbox copied to a USB drive, same layout as Syncthing's folder. */
  export: {
    title: '导出给乡镇',
    intro:
      '没有网络的村，用 U 盘把公开包带到乡镇：插好 U 盘，点“从U盘选择文件夹”选好文件夹，再点“导出”。U 盘上会出现一个以村名和指纹开头的文件夹，乡镇把它整个复制进收件文件夹即可。',
    folder: '导出到 U 盘上的文件夹：',
    folderNone: '还没有选，请点“从U盘选择文件夹”',
    pick: '从U盘选择文件夹',
    go: '导出',
    busy: '正在导出…',
    done: '已导出 {n} 个公开包到 {dir}',
    replaced:
      'U 盘上原有 {n} 个公开包与本机现在的记录不同（多半是恢复备份以前导出的），已移到 {dir}，没有删除。乡镇收到后会看到这段历史被改回。',
    failed: '没有导出：{message}',
  },
})
