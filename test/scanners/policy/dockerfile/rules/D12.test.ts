import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D12.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D12 secrets in ARG or ENV', () => {
  it('flags secret-looking names in ARG and ENV forms', () => {
    catches(rule, 'FROM a:1\nARG NPM_TOKEN\nENV DB_PASSWORD=x\n', [2, 3])
    catches(rule, 'FROM a:1\nENV awsSecretAccessKey abc\n', [2])
    catches(rule, 'ARG GITHUB_API_KEY=1\nFROM a:1\n', [1])
    catches(rule, 'FROM a:1\nENV A=1 \\\n  MYSQL_ROOT_PASSWORD=x\n', [2])
  })
  it('passes names that point at secrets or hold none', () => {
    doesNotCatch(rule, 'FROM a:1\nENV DB_PASSWORD_FILE=/run/secrets/db\n')
    doesNotCatch(rule, 'FROM a:1\nARG TOKEN_URL\nENV KEYBOARD=us PATH=/bin\n')
    doesNotCatch(rule, 'FROM a:1\nENV PUBLIC_KEY_ID=1 PASSENGER=x\n')
  })
})
