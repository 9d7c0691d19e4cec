import { describe, expect, it } from '@jest/globals'

import { scanScripts } from '../helpers.js'

describe('CSG-R2 docker run --cap-add', () => {
  it('rates ALL critical and SYS_ADMIN high; ignores CHOWN', async () => {
    const result = await scanScripts(
      'docker run --cap-add ALL --cap-add=SYS_ADMIN,CHOWN a:1\n'
    )
    const found = result.findings
      .filter((f) => f.rule.id === 'CSG-R2')
      .map((f) => `${f.location.region?.startColumn} ${f.severity}`)

    expect(found).toEqual(['12 CRITICAL', '26 HIGH'])
  })

  it('does not catch --cap-drop', async () => {
    const result = await scanScripts('docker run --cap-drop ALL a:1\n')

    expect(result.findings.filter((f) => f.rule.id === 'CSG-R2')).toEqual([])
  })
})
