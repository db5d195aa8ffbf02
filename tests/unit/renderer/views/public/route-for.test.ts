import { describe, expect, it } from 'vitest'
import { routeFor } from '../../../../../renderer/src/views/public/search/route-for'

describe('where a search hit opens', () => {
  it('opens the record itself where it has a screen of its own', () => {
    expect(routeFor({ section: 'projects', id: 'p-1' })).toBe('/projects/p-1')
    expect(routeFor({ section: 'ledger', id: 'e-1' })).toBe('/finance/entry/e-1')
    expect(routeFor({ section: 'specials', id: 's-1' })).toBe('/finance/specials/s-1')
    expect(routeFor({ section: 'meetings', id: 'm-1' })).toBe('/meetings/m-1')
  })

  it('opens the list where records have no screen of their own', () => {
    expect(routeFor({ section: 'assets', id: 'a-1' })).toBe('/finance/assets')
    expect(routeFor({ section: 'people', id: 'x' })).toBe('/people')
  })
})
