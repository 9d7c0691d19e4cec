import { describe, expect, it } from '@jest/globals'

import { runHits } from '../helpers.js'

describe('CSG-R10 docker run without a memory limit', () => {
  it('catches docker run and docker service create without one', async () => {
    const text = 'docker run a:1\ndocker service create --name x a:1\n'

    expect(await runHits('CSG-R10', text)).toEqual([
      'deploy.sh:1:1',
      'deploy.sh:2:1'
    ])
  })

  it('accepts -m, --memory and --limit-memory', async () => {
    const text =
      'docker run -m 1g a:1\ndocker run --memory=1g a:1\ndocker service create --limit-memory 1g a:1\n'

    expect(await runHits('CSG-R10', text)).toEqual([])
  })
})
