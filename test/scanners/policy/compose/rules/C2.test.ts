import { describe, expect, it } from '@jest/globals'

import { hits, yaml } from '../helpers.js'

describe('CSG-C2 cap_add', () => {
  it('rates ALL critical and dangerous caps high, per item; ignores narrow ones', async () => {
    const { scan } = await import('../helpers.js')
    const result = await scan(
      yaml(
        'services:',
        '  a:',
        '    cap_add:',
        '      - ALL',
        '      - CAP_SYS_ADMIN',
        '      - NET_BIND_SERVICE'
      )
    )
    const found = result.findings
      .filter((f) => f.rule.id === 'CSG-C2')
      .map((f) => `${f.location.region?.startLine} ${f.severity}`)

    expect(found).toEqual(['4 CRITICAL', '5 HIGH'])
  })

  it('does not catch a service without cap_add', async () => {
    expect(
      await hits('CSG-C2', yaml('services:', '  a:', '    cap_drop: [ALL]'))
    ).toEqual([])
  })

  it('catches a cap added by an override and from an anchor', async () => {
    const files = {
      'compose.yaml': yaml(
        'x-c: &c',
        '  cap_add: [SYS_PTRACE]',
        'services:',
        '  a:',
        '    <<: *c'
      ),
      'compose.override.yaml': yaml(
        'services:',
        '  a:',
        '    cap_add: [NET_ADMIN]'
      )
    }

    expect(await hits('CSG-C2', files)).toEqual([
      'compose.yaml:2',
      'compose.override.yaml:3'
    ])
  })
})
