import { describe, expect, it } from '@jest/globals'

import { hits, yaml } from '../helpers.js'

describe('CSG-C11 writable root filesystem', () => {
  it('catches a missing read_only at the service name', async () => {
    const file = yaml(
      'services:',
      '  web:',
      '    image: a:1',
      '  db:',
      '    read_only: true'
    )

    expect(await hits('CSG-C11', file)).toEqual(['compose.yaml:2'])
  })

  it('catches read_only: false at the value', async () => {
    const file = yaml('services:', '  web:', '    read_only: false')

    expect(await hits('CSG-C11', file)).toEqual(['compose.yaml:3'])
  })

  it('accepts yes, "true" and a merged anchor', async () => {
    const file = yaml(
      'x-ro: &ro',
      '  read_only: yes',
      'services:',
      '  a:',
      '    <<: *ro',
      '  b:',
      '    read_only: "true"'
    )

    expect(await hits('CSG-C11', file)).toEqual([])
  })

  it('points at the override that sets read_only: false', async () => {
    const files = {
      'compose.yaml': yaml('services:', '  a:', '    read_only: true'),
      'compose.override.yaml': yaml('services:', '  a:', '    read_only: false')
    }

    expect(await hits('CSG-C11', files)).toEqual(['compose.override.yaml:3'])
  })

  it('points at the base file name when no file sets it', async () => {
    const files = {
      'compose.yaml': yaml('services:', '  a:', '    image: a:1'),
      'compose.override.yaml': yaml(
        'services:',
        '  a:',
        '    ports: ["127.0.0.1:80:80"]'
      )
    }

    expect(await hits('CSG-C11', files)).toEqual(['compose.yaml:2'])
  })
})
