/**
 * The entry form's state and checks, apart from its looks: what the clerk typed, the same
 * contract schema core uses to check it, and core's own refusals shown next to each field.
 */
import { computed, reactive, ref } from 'vue'
import '../../../zod-jitless'
import {
  CorrectedLine,
  LedgerEntryInput,
  parseYuanToFen,
  toDaxie,
  type CategoryCode,
  type Direction,
  type Input,
  type LedgerEntry,
  voucherKey,
} from '../../../../../contract'

/** What the form holds: the amount as typed in 元, everything else as it will be sent. */
export interface EntryDraft {
  date: string
  voucherNo: string
  summary: string
  category: CategoryCode | ''
  item: string
  direction: Direction
  amountText: string
  counterparty: string
  handler: string
  projectId: string
  attachments: string[]
}

const blank = (): EntryDraft => ({
  date: '',
  voucherNo: '',
  summary: '',
  category: '',
  item: '',
  direction: 'expense',
  amountText: '',
  counterparty: '',
  handler: '',
  projectId: '',
  attachments: [],
})

/** 12345 fen → "123.45", so an edit shows the amount as a clerk would type it. */
export function fenToYuanText(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`
}

/**
 * The form for one line of `period`; `badAmount` is the message for an amount that is not money.
 * A correction may set a line to 0元 (recorded twice by mistake): it is checked as core checks it.
 */
export function useEntryForm(
  period: () => string,
  badAmount: string,
  opts = { correction: false },
) {
  const draft = reactive<EntryDraft>(blank())
  const errors = ref<Record<string, string>>({})
  const schema = opts.correction ? CorrectedLine : LedgerEntryInput
  const least = opts.correction ? 0 : 1

  const amountFen = computed(() => parseYuanToFen(draft.amountText))
  /** 大写 as live confirmation of what was typed; empty while it is not an amount. */
  const daxie = computed(() =>
    amountFen.value !== null && amountFen.value >= least ? toDaxie(amountFen.value) : '',
  )

  function fill(e: LedgerEntry): void {
    Object.assign(draft, {
      date: e.date,
      voucherNo: e.voucherNo,
      summary: e.summary,
      category: e.category,
      item: e.item,
      direction: e.direction,
      amountText: fenToYuanText(e.amountFen),
      counterparty: e.counterparty,
      handler: e.handler,
      projectId: e.projectId ?? '',
      attachments: [...e.attachments],
    })
    errors.value = {}
  }

  function reset(voucherNo = ''): void {
    Object.assign(draft, blank(), { voucherNo })
    errors.value = {}
  }

  /** The input for core, or null with every problem set next to its field. */
  function toInput(): Input<'ledger.saveEntry'> | null {
    const fen = amountFen.value
    const candidate = {
      period: period(),
      date: draft.date || undefined,
      voucherNo: draft.voucherNo,
      summary: draft.summary,
      category: draft.category || undefined,
      item: draft.item,
      direction: draft.direction,
      amountFen: fen ?? Number.NaN,
      counterparty: draft.counterparty,
      handler: draft.handler,
      ...(draft.projectId ? { projectId: draft.projectId } : {}),
      attachments: draft.attachments,
    }
    const parsed = schema.safeParse(candidate)
    const found: Record<string, string> = {}
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = issue.path.map(String).join('.') || '_'
        found[key] ??= issue.message
      }
    }
    if (fen === null) found.amountFen = badAmount
    errors.value = found
    if (!parsed.success || fen === null) return null
    return { ...candidate, date: parsed.data.date, category: parsed.data.category, amountFen: fen }
  }

  /** Shows core's refusal next to the fields it names. */
  function showFields(fields: Record<string, string> | undefined): void {
    errors.value = { ...(fields ?? {}) }
  }

  return { draft, errors, amountFen, daxie, fill, reset, toInput, showFields }
}

/**
 * The next free voucher number in a period, following the demo's 记-2026-10-001 pattern; one
 * typed full-width (记－２０２６－１０－００１), small (记-2026-q4-001) or unpadded (记-2026-10-1) is
 * taken too, as core compares them.
 */
export function nextVoucherNo(period: string, used: readonly string[]): string {
  const prefix = `记-${period}-`
  let n = used.length + 1
  const taken = new Set(used.map(voucherKey))
  const numbered = (k: number) => `${prefix}${String(k).padStart(3, '0')}`
  while (taken.has(voucherKey(numbered(n)))) n++
  return numbered(n)
}
