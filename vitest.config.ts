import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // This run's stand-in USB sticks' folder, removed after the last test file (drives-root.ts).
    globalSetup: ['tests/unit/drives-root.ts'],
    testTimeout: 30_000,
    // A set-up that opens a core (beforeEach) is held to the same limit as a test: at the default
    // 10 s it timed out on a loaded machine while the same file passed alone.
    hookTimeout: 30_000,
    pool: 'forks',
    // Vitest's default (one fewer than the cores) is a single worker on a two-core CI machine:
    // with two, the unit tests take about 200 s there instead of 330 s.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Logins in tests at scrypt N=2^14 (8× cheaper; the kiosk's core ignores this, see
    // scryptLog2N). password.test.ts proves the kiosk's 2^17 itself.
    env: { VILLAGE_TEST_SCRYPT_LOG2N: '14' },
  },
})
