import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
    // Logins in tests at scrypt N=2^14 (8× cheaper; the kiosk's core ignores this, see
    // scryptLog2N). password.test.ts proves the kiosk's 2^17 itself.
    env: { VILLAGE_TEST_SCRYPT_LOG2N: '14' },
  },
})
