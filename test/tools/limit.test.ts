import { describe, expect, it } from '@jest/globals'

import { mapWithLimit } from '../../src/tools/limit.js'

describe('mapWithLimit', () => {
  it('keeps the order of the items and never exceeds the limit', async () => {
    let running = 0
    let most = 0
    const delays = [30, 5, 20, 1, 10, 15]

    const results = await mapWithLimit(delays, 3, async (delay, index) => {
      running++
      most = Math.max(most, running)
      await new Promise((resolve) => setTimeout(resolve, delay))
      running--

      return `${index}:${delay}`
    })

    expect(results).toEqual(delays.map((d, i) => `${i}:${d}`))
    expect(most).toBe(3)
  })

  it('treats a limit below one as one', async () => {
    let running = 0
    let most = 0
    await mapWithLimit([1, 2, 3], 0, async () => {
      most = Math.max(most, ++running)
      await Promise.resolve()
      running--
    })

    expect(most).toBe(1)
  })
})
