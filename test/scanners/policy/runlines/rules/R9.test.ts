import { describe, expect, it } from '@jest/globals'

import { SAFE, runHits } from '../helpers.js'

describe('CSG-R9 docker run without no-new-privileges', () => {
  it('catches docker run without it', async () => {
    expect(
      await runHits('CSG-R9', 'docker run --security-opt apparmor=x a:1\n')
    ).toEqual(['deploy.sh:1:1'])
  })

  it('accepts the bare and :true forms; not asked of services', async () => {
    const text = `docker run ${SAFE} a:1\ndocker run --security-opt=no-new-privileges:true a:1\ndocker service create a:1\n`

    expect(await runHits('CSG-R9', text)).toEqual([])
  })
})
