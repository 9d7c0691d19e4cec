import { describe, expect, it } from '@jest/globals'

import { hits, yaml } from '../helpers.js'

describe('CSG-C12 no-new-privileges', () => {
  it('catches a service without security_opt at its name', async () => {
    expect(
      await hits('CSG-C12', yaml('services:', '  a:', '    image: a:1'))
    ).toEqual(['compose.yaml:2'])
  })

  it('catches a security_opt without it at the key', async () => {
    const file = yaml(
      'services:',
      '  a:',
      '    security_opt:',
      '      - apparmor:docker-default'
    )

    expect(await hits('CSG-C12', file)).toEqual(['compose.yaml:3'])
  })

  it('catches no-new-privileges:false at the item', async () => {
    const file = yaml(
      'services:',
      '  a:',
      '    security_opt:',
      '      - no-new-privileges:false'
    )

    expect(await hits('CSG-C12', file)).toEqual(['compose.yaml:4'])
  })

  it('accepts :true, =true and the bare option', async () => {
    const file = yaml(
      'services:',
      '  a:',
      '    security_opt: ["no-new-privileges:true"]',
      '  b:',
      '    security_opt: [no-new-privileges=true]',
      '  c:',
      '    security_opt: [no-new-privileges]'
    )

    expect(await hits('CSG-C12', file)).toEqual([])
  })

  it('merges security_opt across files', async () => {
    const files = {
      'compose.yaml': yaml(
        'services:',
        '  a:',
        '    security_opt: [apparmor:x]'
      ),
      'compose.override.yaml': yaml(
        'services:',
        '  a:',
        '    security_opt: [no-new-privileges:true]'
      )
    }

    expect(await hits('CSG-C12', files)).toEqual([])
  })

  it('takes it from an anchor with a list merge', async () => {
    const file = yaml(
      'x-sec: &sec',
      '  security_opt: [no-new-privileges:true]',
      'x-img: &img',
      '  image: a:1',
      'services:',
      '  a:',
      '    <<: [*sec, *img]'
    )

    expect(await hits('CSG-C12', file)).toEqual([])
  })
})
