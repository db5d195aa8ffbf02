/**
 * Every word the kiosk shows, in one place so the wording can be reviewed by people who know
 * the village. Plain words for elderly villagers; no jargon where a plain word exists.
 * {name} is filled in from t()'s second argument (renderer/src/i18n/index.ts); nothing else is special.
 */
import { adminAuth } from './admin-auth'
import { attachmentMessages } from './attachments'
import { drivesMessages } from './drives'
import { voucherPhotosMessages } from './voucher-photos'
import { adminData } from './admin-data'
import { adminLedger } from './admin-ledger'
import { ledgerReturn } from './admin-ledger-return'
import { adminRecords } from './admin-records'
import { adminRegisters } from './admin-registers'
import { registerCorrections } from './register-corrections'
import { adminSystem } from './admin-system'
import { publicMessages, sectionTiles } from './public'
import { questionsMessages, questionsTile } from './questions'
import { townshipMessages } from './township'

/** Builds a group of words the first time it is asked for, then keeps it. */
function later<T extends object>(make: () => T): () => T {
  let made: T | undefined
  return () => (made ??= make())
}

/**
 * The cadre workspace's and the township console's words (some 45 KB, two thirds of all the
 * kiosk's text): each group is written as a function and made on its first use, so the public
 * first screen neither compiles nor builds them. t() reads them like any other message.
 */
const cadreWords = {
  drives: later(drivesMessages),
  vphotos: later(voucherPhotosMessages),
  ledgerAdmin: later(adminLedger),
  ledgerReturn: later(ledgerReturn),
  data: later(adminData),
  auth: later(adminAuth),
  records: later(() => {
    const [records, registers] = [adminRecords(), adminRegisters()]
    return {
      ...records,
      ...registers,
      nav: { ...records.nav, ...registers.nav },
      kinds: { ...records.kinds, ...registers.kinds },
      one: { ...records.one, ...registers.one },
    }
  }),
  system: later(adminSystem),
  township: later(townshipMessages),
}

const zhCN = {
  app: {
    title: '村务公开',
    demoBanner: '演示数据：这里显示的是示范村的数据，不是本村的真实账目',
    recovering: '正在恢复，请稍候…屏幕马上就好',
    haltBanner: '记录核验未通过，已停在第 {seq} 条，请联系村务监督委员会',
    differBanner: '记录核验发现数据文件被改动过，与变更日志不一致，请联系村务监督委员会',
    back: '返回',
    backHome: '回首页',
    largeText: '大字',
    normalText: '正常字',
    // The small 管理 button in the public footer (the workspace's own words are under `auth`).
    staffEntry: '管理',
    staffEntryHint: '村干部登录',
  },
  shell: {
    lastUpdated: '最后更新 {time}',
    checkpoint: '核验码 #{seq} · {hash}',
    checkpointHint: '可记下核验码，日后点这里核对记录是否被改动',
    /** Where the footer is no link (a cadre's screens): no 点这里 to tap. */
    checkpointHintStaff: '可记下核验码，日后核对记录是否被改动',
    place: '{township} · {county}',
  },
  // 核对核验码: the code at a number a villager noted earlier (system.checkpointAt).
  codeCheck: {
    title: '核对核验码',
    enter: '输入您记下的序号（核验码里 # 后面的数字）',
    look: '查看',
    result: '第 {seq} 号的核验码是',
    noted: '（{time} 记下）',
    same: '和您记下的一样：说明到第 {seq} 号为止的记录，从那以后没有被改动过。',
    differ: '和您记下的不一样：请告诉村务监督委员会。',
    hint: '核验码印在每个屏幕下方和每张公开表上。序号只会变大，旧序号的核验码永远不变；把以前记下的序号输进来，就能核对。',
    today: '现在的核验码',
  },
  state: {
    loading: '正在读取，请稍候…',
    error: '暂时读不到数据：{message}',
    errorGeneric: '暂时读不到数据，请稍后再试，或告诉村委会工作人员。',
    retry: '再试一次',
    notFound: '没有找到这条记录。',
  },
  home: {
    supervisors: '村务监督委员会',
    supervisorsNone: '暂未登记监委成员',
    totalsTitle: '最新财务公开',
    totalsLineQuarter: '本季度收入{income}，支出{expense}',
    totalsLineMonth: '本月收入{income}，支出{expense}',
    totalsPeriod: '{label}（最近一次公开）',
    totalsExact: '收入 {income}　支出 {expense}',
    totalsNone: '还没有公开的财务账目。如有疑问，可以到村委会办公室询问。',
    publishedAt: '公开日期 {date}',
    projectsTitle: '正在进行的项目',
    projectsNone: '目前没有在建项目。',
    projectsAll: '看全部 {count} 个在建项目',
    projectStage: '{stage}阶段',
    projectPercent: '已完成 {percent}%',
    decisionsTitle: '最近的村级决策',
    decisionsNone: '暂无新的决策事项。',
    decisionStep: '进行到：{step}',
    noticesTitle: '公示公告',
    noticesNone: '暂无公告。',
    noticeValid: '{from} 起',
    noticeValidRange: '{from} 至 {to}',
    noticePinned: '置顶',
    noticeKinds: { notice: '通知', policy: '政策', gongshi: '公示' },
    questionsTitle: '村民提问',
    questionsOpen: '有 {count} 个问题正在等待答复',
    questionsNone: '所有问题都已答复',
    tilesTitle: '请点选要看的内容',
    sectionUpdated: '最后更新 {date}',
  },
  tiles: {
    finance: { title: '财务公开', hint: '村里每一笔收入和支出' },
    ...sectionTiles,
    questions: questionsTile,
  },
  finance: {
    title: '财务公开',
    pickerTitle: '选择月份或季度',
    yearsTitle: '选择年份',
    yearHeading: '{year}年',
    quarter: { q1: '第一季度', q2: '第二季度', q3: '第三季度', q4: '第四季度' },
    monthShort: '{n}月',
    noPeriods:
      '还没有公开的财务账目。账目经村务监督委员会审核签字后才会在这里公开。如有疑问，可以到村委会办公室询问。',
    income: '收入',
    expense: '支出',
    balance: '结余',
    plainQuarter: '本季度{what}',
    plainMonth: '本月{what}',
    balanceNegative: '支出多于收入',
    signedBy: '审核签字：{name}（村务监督委员会）',
    signedNone: '尚无监委签字记录',
    publishedAt: '公开日期：{date}',
    updated: '最后更新 {date}',
    chartTitle: '按类别看收支',
    chartNone: '这一期没有收支记录。',
    entriesTitle: '逐笔明细（共 {count} 笔）',
    entriesNone: '这一期没有收支记录。如有疑问，可以到村委会办公室询问。',
    entriesHint: '点任意一行，查看这一笔的详情。{large}',
    colWhen: '日期·凭证号',
    colWhat: '摘要·类别',
    colAmount: '金额',
    large: '大额',
    largeHint: '单笔{amount}及以上为大额支出',
    voided: '作废',
    voidedWas: '原{amount}',
    pageUp: '上一页',
    pageDown: '下一页',
    rangeShown: '第 {from}–{to} 笔',
    more: '再看 {count} 笔',
    moreLeft: '后面还有 {count} 笔',
    moreLoading: '正在取后面的账目……',
    moreFailed: '后面的账目没有取到，请再点一次',
  },
  direction: { income: '收入', expense: '支出' },
  entry: {
    title: '这一笔的详细情况',
    date: '日期',
    voucherNo: '凭证号',
    summary: '摘要',
    category: '类别',
    item: '明细科目',
    direction: '收入还是支出',
    amount: '金额',
    daxie: '大写金额',
    counterparty: '往来单位或个人',
    handler: '经手人',
    project: '相关项目',
    period: '所属账期',
    none: '无',
    notFound: '找不到这一笔记录，可能已被更正。',
    corrected: '已更正：这一笔更正了以前的一条记录。原因：{reason}',
    correctedShort: '已更正：{reason}',
    superseded: '注意：这一笔后来已被更正，请以更正后的记录为准。',
    voided: '这一笔已作废，不计入收支。原为{direction}{amount}',
    voidedShort: '作废（原为{amount}，不计入收支）',
    seeCorrection: '查看更正后的记录',
    backToSheet: '返回{label}账目',
  },
  ...publicMessages,
  ...registerCorrections,
  ...questionsMessages,
  ...attachmentMessages,
  // The workspace's own words, made on first use (see `later` below).
  get drives() {
    return cadreWords.drives().drives
  },
  get vphotos() {
    return cadreWords.vphotos().vphotos
  },
  get ledgerAdmin() {
    return cadreWords.ledgerAdmin()
  },
  get ledgerReturn() {
    return cadreWords.ledgerReturn()
  },
  get data() {
    return cadreWords.data()
  },
  get auth() {
    return cadreWords.auth()
  },
  get records() {
    return cadreWords.records()
  },
  get system() {
    return cadreWords.system()
  },
  get township() {
    return cadreWords.township()
  },
}

export default zhCN
export type MessageSchema = typeof zhCN
