/** Plain words for the audit trail: field names, values and actions as cadres say them. */
import { formatYuan } from '../../../../contract'

const FIELDS: Record<string, string> = {
  name: '姓名',
  title: '标题',
  role: '角色',
  active: '启用',
  passwordHash: '密码',
  failedCount: '密码错误次数',
  lockedUntil: '锁定到',
  lockTimes: '一天内锁定次数',
  memberId: '对应村干部',
  status: '状态',
  version: '版本',
  summary: '摘要',
  date: '日期',
  period: '期间',
  voucherNo: '凭证号',
  category: '类别',
  item: '明细科目',
  direction: '收支',
  amountFen: '金额',
  counterparty: '往来单位或个人',
  handler: '经手人',
  attachments: '附件',
  returnComment: '退回意见',
  returnedAt: '退回时间',
  returnedBy: '退回人',
  cause: '事由',
  correctionReason: '更正原因',
  createdBy: '录入人',
  editedBy: '改过的人',
  submittedBy: '提交人',
  publishedBy: '签字公开人',
  publishedAt: '公开时间',
  supersedes: '更正的原记录',
  supersededBy: '更正后的记录',
  body: '所属组织',
  duties: '分工',
  officeHours: '坐班时间',
  phone: '电话',
  township: '乡镇',
  county: '县区',
  content: '内容',
  note: '备注',
  answer: '答复',
  withheld: '不公开',
  feedback: '评价',
}

const VALUES: Record<string, Record<string, string>> = {
  status: { draft: '草稿', submitted: '待审核', returned: '已退回', published: '已公开' },
  role: { clerk: '录入员', supervisor: '监委', admin: '管理员' },
  direction: { income: '收入', expense: '支出' },
  body: { party: '村党组织', committee: '村委会', supervision: '村务监督委员会' },
}

const ACTIONS: Record<string, string> = {
  'demo.load': '载入演示数据',
  'setup.begin': '首次设置',
  'setup.leaveDemo': '切换为正式村庄',
  'backup.restore': '从备份恢复全部数据',
  'backup.newRecoveryCode': '生成新的备份恢复码',
  'auth.saveUser': '管理员保存账号',
  'auth.changePassword': '本人修改密码',
  'auth.unlock': '管理员解除锁定',
  'auth.loginFailed': '登录时密码错误',
  'auth.loginReset': '登录成功，错误次数清零',
  'auth.pepperUpgrade': '登录成功，密码记录改为本机加密保存（密码没变）',
  'questions.submit': '村民提问',
  'questions.answer': '答复并公开',
  'questions.withhold': '不公开',
  'questions.feedback': '提问人评价答复',
  'attachments.add': '上传附件',
  'ledger.photos': '批量添加凭证照片',
  'ledger.correction.revise': '按退回意见修改更正，重新提交',
}

const VERBS: Record<string, string> = {
  create: '新建',
  save: '保存',
  update: '修改',
  submit: '提交审核',
  publish: '签字公开',
  return: '退回修改',
  correct: '更正',
  delete: '删除',
  remove: '删除',
  close: '结账',
  import: '导入',
}

/** The field's name in Chinese, or its own key when we have no word for it. */
export function fieldLabel(field: string): string {
  return FIELDS[field] ?? field
}

/** What happened, e.g. ledger.publish → 签字公开; unknown actions are shown as they are. */
export function actionLabel(action: string): string {
  const verb = action.slice(action.lastIndexOf('.') + 1)
  return ACTIONS[action] ?? VERBS[verb] ?? action
}

/** A stored value as a short line of text; amounts in 元; a password hash is never shown. */
export function valueText(field: string, value: unknown): string {
  if (value === undefined || value === null || value === '') return '（空）'
  if (field === 'passwordHash') return '（不显示）'
  if (typeof value === 'boolean') return value ? '是' : '否'
  if (typeof value === 'number') return field.endsWith('Fen') ? formatYuan(value) : String(value)
  if (typeof value === 'string') {
    const word = VALUES[field]?.[value]
    return word ?? (value.length > 60 ? `${value.slice(0, 60)}…` : value)
  }
  if (field === 'lockTimes' && Array.isArray(value)) return `${value.length} 次`
  if (Array.isArray(value)) {
    // People (改过的人) by name; anything else (photos, lines) by how many.
    const names = value.map((v) => (v as { name?: unknown } | null)?.name)
    return names.length && names.every((n) => typeof n === 'string')
      ? names.join('、')
      : `${value.length} 项`
  }
  const name = (value as { name?: unknown }).name
  if (typeof name === 'string') return name
  const json = JSON.stringify(value)
  return json.length > 60 ? `${json.slice(0, 60)}…` : json
}
