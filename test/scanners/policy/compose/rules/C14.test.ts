import { describe, expect, it } from '@jest/globals'

import { hits, yaml } from '../helpers.js'

describe('CSG-C14 AppArmor or SELinux off', () => {
  it('catches apparmor unconfined, label disable and spc_t', async () => {
    const file = yaml(
      'services:',
      '  a:',
      '    security_opt:',
      '      - apparmor:unconfined',
      '      - label=disable',
      '      - label:type:spc_t'
    )

    expect(await hits('CSG-C14', file)).toEqual([
      'compose.yaml:4',
      'compose.yaml:5',
      'compose.yaml:6'
    ])
  })

  it('does not catch a named profile or level', async () => {
    const file = yaml(
      'services:',
      '  a:',
      '    security_opt: [apparmor:docker-default, "label:level:s0:c100"]'
    )

    expect(await hits('CSG-C14', file)).toEqual([])
  })

  it('follows anchors', async () => {
    const file = yaml(
      'x-s: &s',
      '  security_opt: [apparmor=unconfined]',
      'services:',
      '  a:',
      '    <<: *s'
    )

    expect(await hits('CSG-C14', file)).toEqual(['compose.yaml:2'])
  })
})
