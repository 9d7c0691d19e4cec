import { describe, expect, it } from '@jest/globals'

import { runHits } from '../helpers.js'

describe('CSG-R6 docker run mounts the engine socket', () => {
  it('catches -v and --mount forms', async () => {
    const text = [
      'docker run -v /var/run/docker.sock:/var/run/docker.sock a:1',
      'docker run --mount type=bind,source=/run/docker.sock,target=/s a:1'
    ].join('\n')

    expect(await runHits('CSG-R6', text)).toEqual([
      'deploy.sh:1:12',
      'deploy.sh:2:12'
    ])
  })

  it('does not catch named volumes', async () => {
    expect(
      await runHits('CSG-R6', 'docker run -v docker.sock:/data a:1\n')
    ).toEqual([])
  })
})
