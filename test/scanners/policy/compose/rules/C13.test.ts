import { describe, expect, it } from '@jest/globals'

import { hits, yaml } from '../helpers.js'

describe('CSG-C13 seccomp unconfined', () => {
  it('catches seccomp:unconfined and seccomp=unconfined at the item', async () => {
    const file = yaml(
      'services:',
      '  a:',
      '    security_opt:',
      '      - seccomp:unconfined',
      '  b:',
      '    security_opt: [seccomp=unconfined]'
    )

    expect(await hits('CSG-C13', file)).toEqual([
      'compose.yaml:4',
      'compose.yaml:6'
    ])
  })

  it('does not catch a profile file', async () => {
    const { scan } = await import('../helpers.js')
    const result = await scan({
      'compose.yaml': yaml(
        'services:',
        '  a:',
        '    security_opt: [seccomp=p.json]'
      ),
      'p.json': '{"defaultAction": "SCMP_ACT_ERRNO"}'
    })

    expect(result.findings.filter((f) => f.rule.id === 'CSG-C13')).toEqual([])
  })

  it('catches an override that adds it', async () => {
    const files = {
      'compose.yaml': yaml('services:', '  a:', '    image: a:1'),
      'compose.override.yaml': yaml(
        'services:',
        '  a:',
        '    security_opt: ["seccomp:unconfined"]'
      )
    }

    expect(await hits('CSG-C13', files)).toEqual(['compose.override.yaml:3'])
  })
})
