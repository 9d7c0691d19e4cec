import { describe, expect, it } from '@jest/globals'

import { runHits } from '../helpers.js'

describe('CSG-R11 docker run without a PIDs limit', () => {
  it('catches a missing or unlimited PIDs limit', async () => {
    expect(
      await runHits(
        'CSG-R11',
        'docker run a:1\ndocker run --pids-limit -1 a:1\n'
      )
    ).toEqual(['deploy.sh:1:1', 'deploy.sh:2:1'])
  })

  it('accepts --pids-limit and --limit-pids', async () => {
    const text =
      'docker run --pids-limit 200 a:1\ndocker service create --limit-pids 200 a:1\n'

    expect(await runHits('CSG-R11', text)).toEqual([])
  })
})
