import { describe, expect, it } from '@jest/globals'

import { hits, yaml } from '../helpers.js'

describe('CSG-C22 health check', () => {
  it('catches a missing health check at the name and a disabled one at the value', async () => {
    const file = yaml(
      'services:',
      '  a:',
      '    image: a:1',
      '  b:',
      '    healthcheck:',
      '      disable: true',
      '  c:',
      '    healthcheck:',
      '      test: ["NONE"]'
    )

    expect(await hits('CSG-C22', file)).toEqual([
      'compose.yaml:2',
      'compose.yaml:6',
      'compose.yaml:9'
    ])
  })

  it('accepts a test from an anchor', async () => {
    const file = yaml(
      'x-h: &h',
      '  healthcheck:',
      '    test: ["CMD", "true"]',
      'services:',
      '  a:',
      '    <<: *h'
    )

    expect(await hits('CSG-C22', file)).toEqual([])
  })

  it('replaces the test command from an override rather than appending', async () => {
    const files = {
      'compose.yaml': yaml(
        'services:',
        '  a:',
        '    healthcheck:',
        '      test: ["CMD", "true"]'
      ),
      'compose.override.yaml': yaml(
        'services:',
        '  a:',
        '    healthcheck:',
        '      test: ["NONE"]'
      )
    }

    expect(await hits('CSG-C22', files)).toEqual(['compose.override.yaml:4'])
  })
})
