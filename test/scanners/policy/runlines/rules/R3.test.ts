import { describe, expect, it } from '@jest/globals'

import { runHits } from '../helpers.js'

describe('CSG-R3 docker run without --cap-drop ALL', () => {
  it('catches a command without it at the docker word', async () => {
    expect(
      await runHits('CSG-R3', 'echo hi\n  docker run --cap-drop NET_RAW a:1\n')
    ).toEqual(['deploy.sh:2:3'])
  })

  it('accepts --cap-drop ALL, =all and within a list', async () => {
    const text =
      'docker run --cap-drop ALL a:1\ndocker run --cap-drop=all a:1\ndocker run --cap-drop CHOWN,ALL a:1\n'

    expect(await runHits('CSG-R3', text)).toEqual([])
  })

  it('says nothing when variables hide the options', async () => {
    expect(await runHits('CSG-R3', 'docker run $OPTS a:1\n')).toEqual([])
  })
})
