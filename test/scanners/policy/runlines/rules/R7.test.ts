import { describe, expect, it } from '@jest/globals'

import { runHits } from '../helpers.js'

describe('CSG-R7 docker run mounts a sensitive host directory', () => {
  it('catches system and credential directories', async () => {
    const text =
      'docker run -v /:/host -v /etc/ssl:/ssl:ro -v ~/.ssh:/root/.ssh a:1\n'

    expect(await runHits('CSG-R7', text)).toEqual([
      'deploy.sh:1:12',
      'deploy.sh:1:23',
      'deploy.sh:1:43'
    ])
  })

  it('does not catch project folders', async () => {
    expect(
      await runHits('CSG-R7', 'docker run -v /srv/app:/app -v ./src:/src a:1\n')
    ).toEqual([])
  })
})
