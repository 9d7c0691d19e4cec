import { describe, expect, it } from '@jest/globals'

import { hits, yaml } from '../helpers.js'

describe('CSG-C18 secret in environment', () => {
  it('catches literal secrets in list and map form at their line', async () => {
    const file = yaml(
      'services:',
      '  a:',
      '    environment:',
      '      - POSTGRES_PASSWORD=hunter2',
      '      - MODE=prod',
      '  b:',
      '    environment:',
      '      API_TOKEN: abc123',
      '      DB_PASSWORD: ${DB_PASSWORD:-changeme}'
    )

    expect(await hits('CSG-C18', file)).toEqual([
      'compose.yaml:4',
      'compose.yaml:8',
      'compose.yaml:9'
    ])
  })

  it('rates a value taken from the shell low', async () => {
    const { scan } = await import('../helpers.js')
    const result = await scan(
      yaml(
        'services:',
        '  a:',
        '    environment:',
        '      DB_PASSWORD: ${DB_PASSWORD}'
      )
    )

    expect(
      result.findings
        .filter((f) => f.rule.id === 'CSG-C18')
        .map((f) => f.severity)
    ).toEqual(['LOW'])
  })

  it('does not catch *_FILE variables, empty values or ordinary names', async () => {
    const file = yaml(
      'services:',
      '  a:',
      '    environment:',
      '      POSTGRES_PASSWORD_FILE: /run/secrets/db',
      '      SECRET_KEY:',
      '      TOKEN_TTL_SECONDS_X: ""',
      '      LOG_LEVEL: debug'
    )

    expect(await hits('CSG-C18', file)).toEqual([])
  })

  it('catches a secret from an anchor at the anchor', async () => {
    const file = yaml(
      'x-env: &env',
      '  environment:',
      '    JWT_SECRET: s3cr3t',
      'services:',
      '  a:',
      '    <<: *env'
    )

    expect(await hits('CSG-C18', file)).toEqual(['compose.yaml:3'])
  })
})
