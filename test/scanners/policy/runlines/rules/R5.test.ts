import { describe, expect, it } from '@jest/globals'

import { runHits } from '../helpers.js'

describe('CSG-R5 docker run shares a host namespace', () => {
  it('catches pid, ipc, uts and userns host', async () => {
    const text =
      'docker run --pid=host --ipc host --uts=host --userns=host a:1\n'

    expect(await runHits('CSG-R5', text)).toEqual([
      'deploy.sh:1:12',
      'deploy.sh:1:23',
      'deploy.sh:1:34',
      'deploy.sh:1:45'
    ])
  })

  it('does not catch a namespace shared with another container', async () => {
    expect(
      await runHits('CSG-R5', 'docker run --pid container:web a:1\n')
    ).toEqual([])
  })
})
