import { describe, expect, it } from '@jest/globals'

import { scanScripts } from '../helpers.js'

describe('CSG-R12 docker run passes a secret in the environment', () => {
  it('rates a literal high and a variable medium', async () => {
    const text =
      'docker run -e DB_PASSWORD=hunter2 --env API_TOKEN="$TOKEN" -e MODE=prod a:1\n'
    const result = await scanScripts(text)
    const found = result.findings
      .filter((f) => f.rule.id === 'CSG-R12')
      .map((f) => `${f.location.region?.startColumn} ${f.severity}`)

    expect(found).toEqual(['12 HIGH', '35 MEDIUM'])
  })

  it('does not catch *_FILE variables or names passed through', async () => {
    const result = await scanScripts(
      'docker run -e DB_PASSWORD_FILE=/run/secrets/db -e DB_PASSWORD a:1\n'
    )

    expect(result.findings.filter((f) => f.rule.id === 'CSG-R12')).toEqual([])
  })
})
