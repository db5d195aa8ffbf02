import { describe, expect, it, vi } from 'vitest'
import { openCore } from '../../../../../electron/core/core'
import type { ShellHost } from '../../../../../electron/core/services/system'
import { tempDir } from '../../../temp-dir'

const NOW = new Date('2026-11-25T01:30:00Z')

async function core(shell?: ShellHost) {
  const dir = tempDir('kiosk-system-')
  return openCore({ dir, demo: true, now: () => NOW, shell })
}

/** The demo account holding a role (its PIN is the demo's published one). */
function nameOf(c: Awaited<ReturnType<typeof core>>, role: string): string {
  const users = c.store.all('users') as Array<{ name: string; role: string }>
  return users.find((u) => u.role === role)!.name
}

describe('system methods', () => {
  it('lets only a logged-in admin read incidents or leave kiosk mode', async () => {
    const quit = vi.fn()
    const shell: ShellHost = {
      incidents: async () => [{ at: NOW.toISOString(), kind: 'renderer-gone', message: 'crashed' }],
      quit,
    }
    const c = await core(shell)
    const anon = await c.invoke('system.quit', {}, 'kiosk')
    expect(anon.ok ? 'ok' : anon.error.code).toBe('UNAUTHENTICATED')
    expect(
      (await c.invoke('auth.login', { name: nameOf(c, 'clerk'), password: '111111' }, 'clerk')).ok,
    ).toBe(true)
    const clerk = await c.invoke('system.incidents', {}, 'clerk')
    expect(clerk.ok ? 'ok' : clerk.error.code).toBe('FORBIDDEN')

    const login = await c.invoke(
      'auth.login',
      { name: nameOf(c, 'admin'), password: '333333' },
      'admin',
    )
    expect(login.ok).toBe(true)
    const list = await c.invoke('system.incidents', {}, 'admin')
    expect(list).toEqual({ ok: true, data: [expect.objectContaining({ kind: 'renderer-gone' })] })
    vi.useFakeTimers()
    try {
      expect(await c.invoke('system.quit', {}, 'admin')).toEqual({
        ok: true,
        data: { quitting: true },
      })
      expect(quit).not.toHaveBeenCalled()
      vi.advanceTimersByTime(500)
      expect(quit).toHaveBeenCalledOnce()
    } finally {
      vi.useRealTimers()
    }
    await c.close()
  })

  it('refuses to quit where there is no shell, and has no incidents there', async () => {
    const c = await core()
    await c.invoke('auth.login', { name: nameOf(c, 'admin'), password: '333333' }, 'admin')
    const r = await c.invoke('system.quit', {}, 'admin')
    expect(r.ok ? 'ok' : r.error.message).toMatch(/无法退出/)
    expect(await c.invoke('system.incidents', {}, 'admin')).toEqual({ ok: true, data: [] })
    await c.close()
  })
})
