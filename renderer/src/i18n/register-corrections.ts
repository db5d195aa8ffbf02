/**
 * Words for 已更正 on the public register rows (资产资源合同, 财务计划), merged into zh-CN at the top level.
 * vue-i18n syntax: {name} is filled in; avoid the characters @ $ | in messages.
 */
export const registerCorrections = {
  rowCorrection: {
    corrected: '已更正',
    when: '{date} 经监委会审核更正',
    reason: '更正原因：{reason}',
    earlier: '更正前的内容',
    same: '其他内容没有变化。',
    name: '名称',
    budgetEarlier: '更正前：{name}，计划数 {amount}',
  },
}
