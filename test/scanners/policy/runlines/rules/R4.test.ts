import { describe, expect, it } from '@jest/globals'

import { runHits } from '../helpers.js'

describe('CSG-R4 docker run on the host network', () => {
  it('catches --net host and --network=host', async () => {
    expect(
      await runHits(
        'CSG-R4',
        'docker run --net host a:1\ndocker run --network=host a:1\n'
      )
    ).toEqual(['deploy.sh:1:12', 'deploy.sh:2:12'])
  })

  it('does not catch a user-defined network', async () => {
    expect(
      await runHits('CSG-R4', 'docker run --network backend a:1\n')
    ).toEqual([])
  })
})
