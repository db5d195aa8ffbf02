/** One valid input per workflow record type, and an edit of it, for the shared workflow tests. */

export interface Sample {
  prefix: 'projects' | 'matters' | 'meetings' | 'notices'
  input: Record<string, unknown>
  /** A second version of the content; drops an optional field to prove saves replace wholesale. */
  edit: Record<string, unknown>
  /** The field that differs between input and edit, and an optional one `edit` leaves out. */
  field: string
  dropped: string
}

export const SAMPLES: Sample[] = [
  {
    prefix: 'projects',
    input: {
      name: '三组道路硬化工程',
      stage: '施工',
      percent: 40,
      budgetFen: 80_000_000,
      startDate: '2026-09-01',
    },
    edit: { name: '三组道路硬化工程（一期）', stage: '施工', percent: 60, budgetFen: 80_000_000 },
    field: 'name',
    dropped: 'startDate',
  },
  {
    prefix: 'matters',
    input: {
      title: '修建三组道路',
      summary: '硬化三组主路1.2公里',
      steps: [{ index: 0, date: '2026-10-01', content: '支部提议' }],
    },
    edit: { title: '修建三组、四组道路', steps: [] },
    field: 'title',
    dropped: 'summary',
  },
  {
    prefix: 'meetings',
    input: {
      kind: '村民代表会议',
      date: '2026-11-20',
      topic: '讨论三组道路硬化',
      place: '村部会议室',
      due: 30,
      present: 25,
    },
    edit: { kind: '村民代表会议', date: '2026-11-20', topic: '讨论三组道路', due: 30, present: 26 },
    field: 'topic',
    dropped: 'place',
  },
  {
    prefix: 'notices',
    input: {
      kind: 'notice',
      title: '关于缴纳医保费的通知',
      body: '请各户按时缴纳。',
      validFrom: '2026-11-25',
      validTo: '2026-12-25',
    },
    edit: { kind: 'notice', title: '关于缴纳2027年医保费的通知', validFrom: '2026-11-25' },
    field: 'title',
    dropped: 'validTo',
  },
]

/**
 * Steps ①–④ of a 四议两公开 matter whose 党员大会 and 村民代表会议 both passed: what a project
 * needs behind it before it can go public at 施工 or later.
 */
export const DECIDED_STEPS = [
  { index: 0, date: '2026-10-01', content: '支部提议' },
  { index: 1, date: '2026-10-03', due: 7, present: 7, votesFor: 7 },
  { index: 2, date: '2026-10-08', due: 60, present: 50, votesFor: 45 },
  { index: 3, date: '2026-10-15', due: 40, present: 35, votesFor: 30 },
]
