import type { Shot } from './types'

/** Home and 财务公开, the walking skeleton's screens. */
export const coreShots: Shot[] = [
  { name: 'home', route: '/', ready: '[data-testid=home-village-name]', public: true },
  { name: 'finance', route: '/finance', ready: '[data-testid=sheet]', public: true },
  {
    name: 'finance-quarter',
    route: '/finance/2025-Q3',
    ready: '[data-testid=sheet][data-period="2025-Q3"]',
    public: true,
  },
  {
    // The end of a busy quarter's first page: the big 再看 button for the next lines.
    name: 'finance-more',
    route: '/finance/2025-Q3',
    prepare: async (kiosk) => {
      await kiosk.page.getByTestId('entries-more').scrollIntoViewIfNeeded()
    },
    ready: '[data-testid=entries-more]',
    public: true,
  },
  {
    name: 'entry-detail',
    route: '/finance',
    prepare: async (kiosk) => {
      await kiosk.page.getByTestId('entry-row').first().click()
    },
    ready: '[data-testid=entry-detail-daxie]',
    public: true,
  },
]
