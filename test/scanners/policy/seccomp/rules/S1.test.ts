import { describe, expect, it } from '@jest/globals'

import { profileHits } from '../helpers.js'

describe('CSG-S1 seccomp profile allows by default', () => {
  it('catches defaultAction SCMP_ACT_ALLOW at the value', async () => {
    const profile =
      '{\n  "defaultAction": "SCMP_ACT_ALLOW",\n  "syscalls": []\n}\n'

    expect(await profileHits('CSG-S1', profile)).toEqual(['profile.json:2'])
  })

  it('catches SCMP_ACT_LOG, in a tab-indented file', async () => {
    expect(
      await profileHits('CSG-S1', '{\n\t"defaultAction":\t"SCMP_ACT_LOG"\n}\n')
    ).toEqual(['profile.json:2'])
  })

  it('does not catch an ERRNO default', async () => {
    expect(
      await profileHits(
        'CSG-S1',
        '{"defaultAction": "SCMP_ACT_ERRNO", "syscalls": []}'
      )
    ).toEqual([])
  })
})
