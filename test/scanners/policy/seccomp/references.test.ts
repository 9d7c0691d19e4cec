import { describe, expect, it } from '@jest/globals'

import { scan, yaml } from '../compose/helpers.js'
import { scanScripts } from '../runlines/helpers.js'

const ALLOW_ALL = '{"defaultAction": "SCMP_ACT_ALLOW"}'

describe('seccomp profiles named by Compose and docker run', () => {
  it('follows security_opt seccomp= from the Compose file folder, once per profile', async () => {
    const result = await scan({
      'app/compose.yaml': yaml(
        'services:',
        '  a:',
        '    security_opt: ["seccomp=../sec/p.json"]',
        '  b:',
        '    security_opt: ["seccomp:../sec/p.json"]'
      ),
      'sec/p.json': ALLOW_ALL
    })

    expect(
      result.findings
        .filter((f) => f.rule.id === 'CSG-S1')
        .map((f) => f.location.path)
    ).toEqual(['sec/p.json'])
  })

  it('follows docker run --security-opt seccomp=', async () => {
    const result = await scanScripts({
      'ci/run.sh': 'docker run --security-opt seccomp=p.json a:1\n',
      'ci/p.json': ALLOW_ALL
    })

    expect(
      result.findings
        .filter((f) => f.rule.id === 'CSG-S1')
        .map((f) => f.location.path)
    ).toEqual(['ci/p.json'])
  })

  it('reports a missing or broken profile as an error of the file that names it', async () => {
    const result = await scan({
      'compose.yaml': yaml(
        'services:',
        '  a:',
        '    security_opt: [seccomp=missing.json]',
        '  b:',
        '    security_opt: [seccomp=broken.json]'
      ),
      'broken.json': '{"defaultAction": '
    })

    expect(
      result.errors.map((e) => `${e.path} ${e.message.split(': ')[0]}`)
    ).toEqual(['compose.yaml compose.yaml:3', 'compose.yaml compose.yaml:5'])
    expect(result.errors[0]?.message).toMatch(
      /seccomp profile missing.json cannot be checked: cannot read/
    )
    expect(result.errors[1]?.message).toMatch(/invalid YAML/)
  })
})
