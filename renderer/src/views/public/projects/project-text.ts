import { plainYuan, type ProjectView } from '../../../../../contract'
import type { Translate } from '../../../format/facts'
import { voteFailedWords } from '../../../format/vote-failed'

/** A project's key facts as one plain sentence list: read aloud and carried by the QR code. */
export function projectText(p: ProjectView, village: string, t: Translate): string {
  return [
    `${village} ${p.name}`,
    t('projects.stage', { stage: p.stage }),
    t('projects.percent', { percent: p.percent }),
    t('projects.budget', { amount: plainYuan(p.budgetFen) }),
    t('projects.spent', { amount: plainYuan(p.spentFen) }),
    p.contractor && t('kiosk.factPair', { label: t('projects.contractor'), value: p.contractor }),
    p.fundSource && t('kiosk.factPair', { label: t('projects.fundSource'), value: p.fundSource }),
    p.matter && voteFailedWords(p.matter, t),
  ]
    .filter(Boolean)
    .join(t('kiosk.factsJoin'))
}
