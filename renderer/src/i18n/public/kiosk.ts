/** Words of the kiosk's own behaviour: idle countdown, attract loop, read-aloud, QR, freshness. */
export const kioskMessages = {
  kiosk: {
    idleTitle: '好像没有人在看了',
    idleCountdown: '即将回到首页，还有 {seconds} 秒',
    idleKeep: '继续浏览',
    attractHint: '请点一下屏幕，开始查看',
    attractTotals: '最新财务公开',
    attractNotice: '公示公告',
    attractNone: '欢迎查看本村村务公开',
    readAloud: '朗读',
    readStop: '停止朗读',
    qrTitle: '用手机扫一扫',
    qrHint: '扫码后，这条信息的要点会以文字显示在手机上，不需要上网。',
    qrAlt: '二维码，内容是：{text}',
    lastUpdated: '最后更新：{date}',
    lastUpdatedNone: '最后更新：暂无记录',
    listTotal: '共 {count} 条',
    listMore: '再看 {count} 条',
    listMoreLeft: '后面还有 {count} 条',
    listMoreLoading: '正在取后面的内容……',
    listMoreFailed: '后面的内容没有取到，请再点一次',
    financeOverdue:
      '注意：财务账目应当至少每季度公开一次，本村最近一次公开是 {date}，已超过规定时间。可以到村委会或村务监督委员会询问。',
    financeNever:
      '注意：财务账目应当至少每季度公开一次，但这里还没有公开过。可以到村委会或村务监督委员会询问。',
    emptyWhere: '如有疑问，可以到村委会办公室询问，或找村务监督委员会。',
    andMore: '……',
    /** How facts are joined for read-aloud and the QR code. */
    factsJoin: '；',
    factPair: '{label}：{value}',
    wordsSep: '、',
  },
}

/** How a public record's version is described (已更正 with date and reason). */
export const revisionMessages = {
  revision: {
    published: '公开日期：{date}',
    signedBy: '审核：{name}',
    replaced: '注意：这是旧版本，后来已被更正，请以更正后的为准。',
  },
}
