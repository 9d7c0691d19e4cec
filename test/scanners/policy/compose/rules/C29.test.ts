import { describe, expect, it } from '@jest/globals'

import { hits, yaml } from '../helpers.js'

import { defaultPolicy } from '../helpers.js'

const strict = defaultPolicy({ level: 'strict' })

describe('CSG-C29 read-only without writable paths (strict)', () => {
  const file = yaml(
    'services:',
    '  a:',
    '    read_only: true',
    '  b:',
    '    read_only: true',
    '    tmpfs: [/tmp]',
    '  c:',
    '    read_only: true',
    '    volumes: [cache:/cache]'
  )

  it('is off by default', async () => {
    expect(await hits('CSG-C29', file)).toEqual([])
  })

  it('catches a read-only service with no tmpfs or volume under level strict', async () => {
    expect(await hits('CSG-C29', file, strict)).toEqual(['compose.yaml:3'])
  })

  it('accepts a tmpfs added by an override', async () => {
    const files = {
      'compose.yaml': yaml('services:', '  a:', '    read_only: true'),
      'compose.override.yaml': yaml('services:', '  a:', '    tmpfs: [/tmp]')
    }

    expect(await hits('CSG-C29', files, strict)).toEqual([])
  })
})
