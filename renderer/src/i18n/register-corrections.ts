/**
 * Words for 已更正 on the public register rows (资产资源合同, 财务计划, 债权债务, 收益分配), merged into zh-CN at the top level.
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
    debt: {
      counterparty: '对方',
      kind: '类别',
      amount: '金额',
      date: '发生日期',
      due: '到期日',
      status: '结清情况',
      settled: '已结清',
      cause: '事由',
    },
    dist: {
      title: '标题',
      distributable: '可分配收益',
      items: '分配项目',
      perPerson: '每人',
      perHousehold: '每户',
      note: '说明',
    },
  },
}
