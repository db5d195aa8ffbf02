import { defineConfig } from '@playwright/test'

const shots = !!process.env.SHOTS
// The bridge host runs core in the test worker (plain Node): logins there hash at scrypt
// N=2^14, 8× cheaper. Core inside Electron ignores this (see scryptLog2N in password.ts).
process.env.VILLAGE_TEST_SCRYPT_LOG2N ??= '14'

// e2e runs the built renderer (out/renderer) over the real core; `npm test` builds first.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: shots ? ['shots.spec.ts'] : ['**/*.spec.ts'],
  testIgnore: shots ? [] : ['shots.spec.ts'],
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: 'test-results',
  use: {
    viewport: { width: 1920, height: 1080 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    trace: 'off',
  },
})
