import { describe, expect, it } from '@jest/globals'

import { runHits } from '../helpers.js'

describe('CSG-R13 docker run turns off seccomp, AppArmor or SELinux', () => {
  it('catches each unconfined form', async () => {
    const text =
      'docker run --security-opt seccomp=unconfined --security-opt apparmor:unconfined --security-opt label=disable a:1\n'

    expect(await runHits('CSG-R13', text)).toEqual([
      'deploy.sh:1:12',
      'deploy.sh:1:46',
      'deploy.sh:1:81'
    ])
  })

  it('does not catch a profile', async () => {
    expect(
      await runHits(
        'CSG-R13',
        'docker run --security-opt apparmor=my-profile a:1\n'
      )
    ).toEqual([])
  })
})
