import { expect, it } from 'vitest'
import { takeTurns } from '../../../../renderer/src/stores/take-turns'

it('runs each piece after the one before has ended, also when that one failed', async () => {
  const inTurn = takeTurns()
  const seen: string[] = []
  const step =
    (name: string, fail = false) =>
    async () => {
      seen.push(`${name} start`)
      await new Promise((r) => setTimeout(r, 5))
      seen.push(`${name} end`)
      if (fail) throw new Error(name)
    }
  const a = inTurn(step('a', true))
  const b = inTurn(step('b'))
  await expect(a).rejects.toThrow('a')
  await b
  expect(seen).toEqual(['a start', 'a end', 'b start', 'b end'])
})
