/**
 * Words for sending a ledger correction back and fixing it (the 监委's 退回 on the corrections
 * screen, the clerk's banner and revise form), merged into zh-CN as `ledgerReturn`.
 * {name} is filled in from t()'s second argument (renderer/src/i18n/index.ts); nothing else is special.
 */
export const ledgerReturn = () => ({
  return: '退回修改',
  comment: '退回意见（录入员会看到）',
  hint: '请写清楚哪里需要修改。',
  confirm: '确认退回',
  cancel: '取消',
  done: '已退回，录入员会看到您的意见。',
  returnedTitle: '被监委退回的更正',
  returnedItem: '{label} 凭证 {voucher}：更正被退回',
  commentLine: '退回意见：{comment}',
  returnedBy: '{name} 于 {time} 退回',
  banner: '监委退回了这条更正，请按意见修改后重新提交：',
  revise: '按意见修改，重新提交',
  reviseTitle: '修改被退回的更正',
  reviseHint: '改好后保存，这条更正会重新提交给监委签字。签字前公开的账目不会变。',
  resubmitted: '已重新提交，等待监委签字。',
  stateReturned: '更正被退回',
})
