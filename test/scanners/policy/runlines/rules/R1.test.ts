import { describe, expect, it } from '@jest/globals'

import { runHits } from '../helpers.js'

describe('CSG-R1 docker run --privileged', () => {
  it('catches --privileged at the flag', async () => {
    expect(
      await runHits(
        'CSG-R1',
        'docker run --rm \\\n  --privileged alpine:3 sh\n'
      )
    ).toEqual(['deploy.sh:2:3'])
  })

  it('does not catch --privileged=false or its absence', async () => {
    expect(
      await runHits(
        'CSG-R1',
        'docker run --privileged=false alpine:3\ndocker run alpine:3\n'
      )
    ).toEqual([])
  })

  it('honours a csg-ignore comment above the command', async () => {
    const text =
      '# csg-ignore=CSG-R1 reason: builds a kernel module in CI\ndocker run --privileged \\\n  builder:1\n'

    expect(await runHits('CSG-R1', text)).toEqual([])
  })
})
