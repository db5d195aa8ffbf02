import { describe, expect, it } from 'vitest'
import type { Member } from '../../../../../contract'
import { DEFAULT_SETTINGS } from '../../../../../contract'
import { publicHandlers } from '../../../../../electron/core/services'
import { publicCtx, put, putOne } from './fixtures'

const member = (over: Partial<Member>): Member => ({
  id: 'm',
  name: '某某',
  body: 'committee',
  title: '委员',
  duties: '',
  officeHours: '',
  phone: '13812345678',
  order: 0,
  ...over,
})

describe('village.get', () => {
  it('orders members by body and order, and never returns a full phone number', async () => {
    const ctx = publicCtx()
    await putOne(ctx.store, 'village', 'profile', {
      name: '新丰村',
      township: '沿河镇',
      county: '东台市',
    })
    await put(ctx.store, 'members', [
      member({ id: 's1', body: 'supervision', name: '季宏伟' }),
      member({ id: 'c2', body: 'committee', order: 2, name: '沈美华' }),
      member({ id: 'p1', body: 'party', name: '卢广生', phone: '0515-85861234' }),
      member({ id: 'c1', body: 'committee', order: 1, name: '吴加林' }),
    ])
    const view = await publicHandlers['village.get']({}, ctx)
    expect(view).toMatchObject({ name: '新丰村', township: '沿河镇', isDemo: false, households: 0 })
    expect(view.members.map((m) => m.id)).toEqual(['p1', 'c1', 'c2', 's1'])
    expect(view.members[0]!.phoneMasked).toBe('0515-****1234')
    expect(view.members[1]!.phoneMasked).toBe('138****5678')
    expect(JSON.stringify(view)).not.toContain('13812345678')
    expect(JSON.stringify(view)).not.toContain('85861234')
    expect(view.members[0]).not.toHaveProperty('phone')
  })
})

describe('settings.get', () => {
  it('gives the defaults until settings are saved, then the saved ones', async () => {
    const ctx = publicCtx()
    expect(await publicHandlers['settings.get']({}, ctx)).toEqual(DEFAULT_SETTINGS)
    await putOne(ctx.store, 'settings', 'settings', { ...DEFAULT_SETTINGS, periodMode: 'month' })
    expect(await publicHandlers['settings.get']({}, ctx)).toMatchObject({ periodMode: 'month' })
  })
})
