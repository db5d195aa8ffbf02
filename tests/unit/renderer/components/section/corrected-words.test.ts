import { describe, expect, it } from 'vitest'
import { correctedWords } from '../../../../../renderer/src/components/section/corrected-words'
import { t } from '../../../../../renderer/src/i18n'

const step = {
  type: 'step' as const,
  date: '2026-09-01',
  due: 7,
  present: 7,
  votesFor: 7,
  votesAgainst: 0,
  abstain: 0,
  content: '',
  signatures: ['a.png'],
}

describe('what an earlier version said, in words', () => {
  it('a step whose 签字表 was swapped says how many scans it had and that they were changed', () => {
    const [w] = correctedWords([{ field: 'step0', value: { ...step, signaturesChanged: true } }], t)
    expect(w).toEqual({
      id: 'step0',
      label: '党支部会提议',
      value: '2026年9月1日，应到7人，实到7人，赞成7，反对0，弃权0。签字表 1 张，更正时换过',
    })
  })

  it('a step with its scans unchanged says nothing of them', () => {
    const [w] = correctedWords([{ field: 'step0', value: step }], t)
    expect(w?.value).toBe('2026年9月1日，应到7人，实到7人，赞成7，反对0，弃权0')
  })

  it('a milestone gives its note, and its photos when they were changed', () => {
    const [w] = correctedWords(
      [
        {
          field: 'milestones',
          value: {
            type: 'milestones',
            items: [
              {
                date: '2026-09-01',
                title: '开工',
                note: '三组路段',
                photos: ['a.png'],
                photosChanged: true,
              },
              { date: '2026-10-01', title: '路基完成', note: '', photos: [], photosChanged: true },
              { date: '2026-11-01', title: '铺面', note: '', photos: ['b.png'] },
            ],
          },
        },
      ],
      t,
    )
    expect(w?.value).toBe(
      [
        '2026年9月1日 开工：三组路段（照片 1 张，更正时换过）',
        '2026年10月1日 路基完成（原来没有照片）',
        '2026年11月1日 铺面',
      ].join('\n'),
    )
  })
})
