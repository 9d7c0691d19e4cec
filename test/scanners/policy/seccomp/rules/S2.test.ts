import { describe, expect, it } from '@jest/globals'

import { profileHits } from '../helpers.js'

const profile = (...rules: string[]) =>
  `{\n"defaultAction": "SCMP_ACT_ERRNO",\n"syscalls": [\n${rules.join(',\n')}\n]\n}\n`

describe('CSG-S2 seccomp profile allows a dangerous system call', () => {
  it('catches each dangerous name on its own line', async () => {
    const text = profile(
      '{"names": ["read", "write"], "action": "SCMP_ACT_ALLOW"}',
      '{"names": [\n  "mount",\n  "unshare"\n], "action": "SCMP_ACT_ALLOW"}'
    )

    expect(await profileHits('CSG-S2', text)).toEqual([
      'profile.json:6',
      'profile.json:7'
    ])
  })

  it('leaves calls tied to a capability and ptrace on kernels from 4.8 alone', async () => {
    const text = profile(
      '{"names": ["mount", "unshare"], "action": "SCMP_ACT_ALLOW", "includes": {"caps": ["CAP_SYS_ADMIN"]}}',
      '{"names": ["ptrace"], "action": "SCMP_ACT_ALLOW", "includes": {"minKernel": "4.8"}}',
      '{"names": ["bpf"], "action": "SCMP_ACT_ERRNO"}'
    )

    expect(await profileHits('CSG-S2', text)).toEqual([])
  })

  it('is silent when S1 already reports an allow-all default', async () => {
    const text =
      '{"defaultAction": "SCMP_ACT_ALLOW", "syscalls": [{"names": ["bpf"], "action": "SCMP_ACT_ALLOW"}]}'

    expect(await profileHits('CSG-S2', text)).toEqual([])
  })
})
