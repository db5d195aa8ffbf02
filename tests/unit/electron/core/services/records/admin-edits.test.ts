import { describe, expect, it } from 'vitest'
import type { Input } from '../../../../../../contract'
import { ADMIN, CLERK, harness, type Harness } from './harness'

const MEMBER: Input<'members.save'> = {
  name: '季宏伟',
  body: 'supervision',
  title: '监委会主任',
  duties: '监督村务公开',
  officeHours: '周一、周四上午',
  phone: '13812345678',
}

async function member(h: Harness) {
  return h.ok('admin', 'members.save', MEMBER)
}

describe('members', () => {
  it('the admin adds, edits and removes a member; each change journaled with the admin', async () => {
    const h = harness()
    const m = await member(h)
    expect(m).toMatchObject({ ...MEMBER, order: 0 })
    expect((await h.ok('kiosk', 'village.get', {})).members[0]?.phoneMasked).toBe('138****5678')
    const edited = await h.ok('admin', 'members.save', { ...MEMBER, id: m.id, title: '监委会委员' })
    expect(edited).toMatchObject({ id: m.id, title: '监委会委员' })
    expect(await h.ok('admin', 'members.list', {})).toEqual([edited])
    await h.ok('admin', 'members.remove', { id: m.id })
    expect(h.store.all('members')).toHaveLength(0)
    const history = await h.store.history('members', m.id)
    expect(history.map((e) => [e.action, e.actor?.id])).toEqual([
      ['members.save', ADMIN.id],
      ['members.save', ADMIN.id],
      ['members.remove', ADMIN.id],
    ])
  })

  it('only the admin edits members', async () => {
    const h = harness()
    await h.refused('clerk', 'members.save', MEMBER, 'FORBIDDEN')
    await h.refused('sup', 'members.save', MEMBER, 'FORBIDDEN')
    await h.refused('kiosk', 'members.save', MEMBER, 'UNAUTHENTICATED')
    const m = await member(h)
    await h.refused('clerk', 'members.remove', { id: m.id }, 'FORBIDDEN')
    await h.refused('clerk', 'members.list', {}, 'FORBIDDEN')
  })

  it('bad input and unknown members are refused without a change', async () => {
    const h = harness()
    const e = await h.refused('admin', 'members.save', { ...MEMBER, name: '' }, 'BAD_INPUT')
    expect(e.fields?.name).toBe('姓名不能为空')
    const b = await h.refused('admin', 'members.save', { ...MEMBER, body: 'club' }, 'BAD_INPUT')
    expect(b.fields?.body).toBeTruthy()
    await h.refused('admin', 'members.save', { ...MEMBER, id: 'nope' }, 'NOT_FOUND')
    await h.refused('admin', 'members.remove', { id: 'nope' }, 'NOT_FOUND')
    const d = await h.refused(
      'admin',
      'members.save',
      { ...MEMBER, duties: '有事打13812345678' },
      'BAD_INPUT',
    )
    expect(d.fields?.duties).toContain('手机号码')
  })

  it('a member who still has an account or a duty is not removed', async () => {
    const h = harness()
    const m = await member(h)
    await h.store.commit({
      actor: ADMIN,
      action: 'test.put',
      entity: 'users',
      id: 'u1',
      puts: [
        {
          coll: 'users',
          id: 'u1',
          value: {
            id: 'u1',
            name: '季宏伟',
            role: 'supervisor',
            passwordHash: 'x',
            failedCount: 0,
            lockedUntil: '',
            active: true,
            memberId: m.id,
            createdAt: '2026-01-01T00:00:00.000Z',
            updatedAt: '2026-01-01T00:00:00.000Z',
          },
        },
      ],
    })
    const e = await h.refused('admin', 'members.remove', { id: m.id }, 'CONFLICT')
    expect(e.message).toContain('账号')
    const other = await h.ok('admin', 'members.save', { ...MEMBER, name: '朱玉兰' })
    await h.ok('clerk', 'duties.save', {
      name: '冬季防火',
      statusText: '巡查中',
      lastActionDate: '2026-11-20',
      lastAction: '检查',
      memberId: other.id,
    })
    const d = await h.refused('admin', 'members.remove', { id: other.id }, 'CONFLICT')
    expect(d.message).toContain('冬季防火')
  })
})

describe('year-round duties', () => {
  it('a clerk saves a duty; each save is a new version on record', async () => {
    const h = harness()
    const m = await member(h)
    const input = {
      name: '冬季防火',
      statusText: '各组已落实巡查',
      lastActionDate: '2026-11-20',
      lastAction: '检查三组柴草堆放',
      memberId: m.id,
    }
    const d = await h.ok('clerk', 'duties.save', input)
    expect(d).toMatchObject({
      ...input,
      status: 'published',
      version: 1,
      createdBy: CLERK,
      publishedBy: CLERK,
    })
    h.tick()
    const d2 = await h.ok('admin', 'duties.save', {
      ...input,
      id: d.id,
      statusText: '已完成第一轮巡查',
    })
    expect(d2).toMatchObject({
      id: d.id,
      version: 2,
      statusText: '已完成第一轮巡查',
      createdBy: CLERK,
    })
    expect(await h.ok('sup', 'duties.list', {})).toEqual([d2])
    expect((await h.store.history('duties', d.id)).length).toBe(2)
  })

  it('the responsible member must exist; supervisors and villagers cannot save', async () => {
    const h = harness()
    const input = {
      name: '冬季防火',
      statusText: '巡查中',
      lastActionDate: '2026-11-20',
      lastAction: '检查',
      memberId: 'nobody',
    }
    const e = await h.refused('clerk', 'duties.save', input, 'BAD_INPUT')
    expect(e.fields?.memberId).toContain('负责人')
    await h.refused('sup', 'duties.save', input, 'FORBIDDEN')
    await h.refused('kiosk', 'duties.save', input, 'UNAUTHENTICATED')
    await h.refused('clerk', 'duties.save', { ...input, id: 'nope' }, 'NOT_FOUND')
  })
})

describe('settings', () => {
  const SETTINGS = {
    periodMode: 'month',
    largeExpenseFen: 3_000_000,
    idleSeconds: 90,
    questionDueDays: 7,
  } as const

  it('the admin saves settings the public then reads', async () => {
    const h = harness()
    await h.ok('admin', 'settings.save', SETTINGS)
    expect(await h.ok('kiosk', 'settings.get', {})).toEqual(SETTINGS)
    const history = await h.store.history('settings', 'settings')
    expect(history.map((e) => [e.action, e.actor?.id])).toEqual([['settings.save', ADMIN.id]])
  })

  it('settings are validated by the Settings schema; only the admin may save', async () => {
    const h = harness()
    const e = await h.refused(
      'admin',
      'settings.save',
      { ...SETTINGS, questionDueDays: 11 },
      'BAD_INPUT',
    )
    expect(e.fields?.questionDueDays).toBeTruthy()
    await h.refused('admin', 'settings.save', { ...SETTINGS, idleSeconds: 5 }, 'BAD_INPUT')
    await h.refused('admin', 'settings.save', { ...SETTINGS, largeExpenseFen: 1.5 }, 'BAD_INPUT')
    await h.refused('admin', 'settings.save', { ...SETTINGS, colour: 'red' }, 'BAD_INPUT')
    await h.refused('clerk', 'settings.save', SETTINGS, 'FORBIDDEN')
    await h.refused('sup', 'settings.save', SETTINGS, 'FORBIDDEN')
  })
})
