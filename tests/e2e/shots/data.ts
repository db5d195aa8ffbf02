import type { Kiosk } from '../fixtures'
import { DataImportPage } from '../pages/data-import'
import { DataBackupPage } from '../pages/data-backup'
import { plugUsb } from '../pages/drives'
import { loginUi } from '../support/ledger-admin'
import type { Shot } from './types'

const csv = (rows: string[][]) => Buffer.from(rows.map((r) => r.join(',')).join('\r\n'), 'utf8')
const BOOK = [
  ['东台村2026年11月收支明细'],
  ['日期', '凭证号', '摘要', '科目', '收入', '支出', '经手人'],
  ['2026-11-03', '导-1', '收到鱼塘承包费', '发包及上交收入', '8000.00', '', '吴春燕'],
  ['2026/11/5', '导-2', '购买办公用品', '办公费', '', '356.50', '吴春燕'],
  ['2026年11月12日', '导-3', '三组路灯维修', '路灯', '', '1234.5', '李国强'],
  ['2026-11-14', '导-2', '打印纸', '办公费', '', '12O', '吴春燕'],
  ['', '', '本月合计', '', '8000', '1590.5', ''],
]

async function importPreview(kiosk: Kiosk): Promise<void> {
  await loginUi(kiosk, 'clerk')
  await kiosk.call('ledger.closePeriod', { period: '2026-11' })
  await kiosk.open('/admin/data/import')
  await new DataImportPage(kiosk.page).choose('十一月.csv', csv(BOOK))
  await kiosk.page.getByTestId('import-preview').waitFor()
}

async function backupList(kiosk: Kiosk): Promise<void> {
  await loginUi(kiosk, 'admin')
  await kiosk.open('/admin/data/backup')
  const page = new DataBackupPage(kiosk.page)
  await plugUsb(kiosk.page)
  await page.makeRecoveryCode()
  await page.backupToUsb()
  await page.created().waitFor()
  await page.lookInUsb()
  await page.list().getByRole('button').first().click()
  await kiosk.page.getByTestId('restore-start').click()
}

/** 导入导出与备份 and the printed 公开表, for `npm run shots`. */
export const dataShots: Shot[] = [
  {
    name: 'admin-data-home',
    public: false,
    ready: '[data-testid=data-home]',
    prepare: async (k) => {
      await loginUi(k, 'admin')
      await k.open('/admin/data')
    },
  },
  {
    name: 'admin-data-import',
    public: false,
    ready: '[data-testid=import-preview]',
    prepare: importPreview,
  },
  {
    name: 'admin-data-backup',
    public: false,
    ready: '[data-testid=restore-confirm]',
    prepare: backupList,
  },
  {
    name: 'admin-data-subjects',
    public: false,
    ready: '[data-testid=subject-路灯]',
    prepare: async (k) => {
      await loginUi(k, 'clerk')
      await k.call('subjects.save', { subject: '路灯', category: 'expense', item: '公益事业支出' })
      await k.open('/admin/data/subjects')
      await k.page.getByTestId('subject-change').click()
    },
  },
  {
    name: 'admin-data-export',
    public: false,
    ready: '[data-testid=export-ledger]',
    prepare: async (k) => {
      await loginUi(k, 'clerk')
      await k.open('/admin/data/export')
    },
  },
  {
    name: 'print-sheet-a4',
    public: false,
    route: '/print/sheet/2026-09?paper=A4',
    ready: '[data-print-ready=yes]',
  },
]
