import { describe, expect, it } from '@jest/globals'

import { hits, yaml } from '../helpers.js'

import { defaultPolicy } from '../helpers.js'

const on = defaultPolicy({ rules: { 'CSG-C23': { enabled: true } } })

describe('CSG-C23 restart without a limit (off by default)', () => {
  const file = yaml(
    'services:',
    '  a:',
    '    restart: always',
    '  b:',
    '    restart: on-failure:5',
    '  c:',
    '    deploy:',
    '      restart_policy:',
    '        condition: on-failure',
    '  d:',
    '    deploy:',
    '      restart_policy: { condition: any, max_attempts: 3 }'
  )

  it('is off unless turned on', async () => {
    expect(await hits('CSG-C23', file)).toEqual([])
  })

  it('catches unbounded restarts when turned on', async () => {
    expect(await hits('CSG-C23', file, on)).toEqual([
      'compose.yaml:3',
      'compose.yaml:8'
    ])
  })

  it('follows overrides', async () => {
    const files = {
      'compose.yaml': yaml('services:', '  a:', '    restart: "no"'),
      'compose.override.yaml': yaml(
        'services:',
        '  a:',
        '    restart: unless-stopped'
      )
    }

    expect(await hits('CSG-C23', files, on)).toEqual([
      'compose.override.yaml:3'
    ])
  })
})
