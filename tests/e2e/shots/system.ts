import { as } from './auth'
import type { Shot } from './types'

/** 设备与退出: the incident log and the two-step exit. */
export const systemShots: Shot[] = [
  {
    name: 'admin-system',
    prepare: async (k) => {
      await as(k, 'admin', '/admin/system')
      await k.page.getByTestId('quit-ask').click()
    },
    ready: '[data-testid=quit-confirm]',
    public: false,
  },
]
