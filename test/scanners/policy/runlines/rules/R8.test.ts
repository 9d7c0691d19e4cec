import { describe, expect, it } from '@jest/globals'

import { SAFE, runHits } from '../helpers.js'

describe('CSG-R8 docker run without --read-only', () => {
  it('catches a command without it', async () => {
    expect(await runHits('CSG-R8', 'docker run -d a:1\n')).toEqual([
      'deploy.sh:1:1'
    ])
  })

  it('accepts --read-only', async () => {
    expect(await runHits('CSG-R8', `docker run ${SAFE} a:1\n`)).toEqual([])
  })
})
