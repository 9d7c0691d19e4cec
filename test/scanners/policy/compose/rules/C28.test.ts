import { describe, expect, it } from '@jest/globals'

import { hits, yaml } from '../helpers.js'

describe('CSG-C28 host devices', () => {
  it('catches devices, raw disks high', async () => {
    const { scan } = await import('../helpers.js')
    const result = await scan(
      yaml(
        'services:',
        '  a:',
        '    devices:',
        '      - /dev/sda:/dev/sda',
        '      - /dev/ttyUSB0:/dev/ttyUSB0',
        '    device_cgroup_rules: ["a *:* rwm"]'
      )
    )
    const found = result.findings
      .filter((f) => f.rule.id === 'CSG-C28')
      .map((f) => `${f.location.region?.startLine} ${f.severity}`)

    expect(found).toEqual(['4 HIGH', '5 MEDIUM', '6 HIGH'])
  })

  it('does not catch a service without devices', async () => {
    expect(
      await hits('CSG-C28', yaml('services:', '  a:', '    image: a:1'))
    ).toEqual([])
  })

  it('follows overrides', async () => {
    const files = {
      'compose.yaml': yaml('services:', '  a:', '    image: a:1'),
      'compose.override.yaml': yaml(
        'services:',
        '  a:',
        '    devices: [/dev/kvm]'
      )
    }

    expect(await hits('CSG-C28', files)).toEqual(['compose.override.yaml:3'])
  })
})
