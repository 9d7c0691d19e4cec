import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D14.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D14 build secret used without a secret mount', () => {
  it('flags a RUN that reads a secret-named variable', () => {
    catches(
      rule,
      'FROM node:22-slim\nARG NPM_TOKEN\nRUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci\n',
      [3]
    )
    catches(
      rule,
      'FROM a:1\nARG GITHUB_TOKEN\nRUN git clone https://$GITHUB_TOKEN@github.com/o/r\n',
      [3]
    )
  })
  it('flags exec form with sh -c and a continued RUN on its first line', () => {
    catches(
      rule,
      'FROM a:1\nARG DB_PASSWORD\nRUN ["sh", "-c", "mysql -p$DB_PASSWORD < init.sql"]\n',
      [3]
    )
    catches(
      rule,
      'FROM a:1\nRUN apt-get update && \\\n    curl -H "Authorization: Bearer ${API_KEY}" \\\n    https://x\n',
      [2]
    )
  })
  it('flags camelCase names, defaults, ENV values and ONBUILD', () => {
    catches(rule, 'FROM a:1\nRUN echo "$npmToken" ${GH_TOKEN:-none}\n', [2])
    catches(rule, 'FROM a:1\nENV TOKEN=abc\nRUN echo $TOKEN\n', [3])
    catches(rule, 'FROM a:1\nONBUILD RUN echo $NPM_TOKEN\n', [2])
  })
  it('flags mounts other than secrets', () => {
    catches(
      rule,
      'FROM a:1\nRUN --mount=type=cache,target=/root/.npm npm ci --token=$NPM_TOKEN\n',
      [2]
    )
  })
  it('passes a RUN with a secret mount', () => {
    doesNotCatch(
      rule,
      'FROM node:22-slim\nRUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci\n'
    )
    doesNotCatch(
      rule,
      'FROM a:1\nRUN --mount=type=secret,id=t TOKEN=$(cat /run/secrets/t) ./build.sh\n'
    )
  })
  it('passes names that point at a secret or only look like one', () => {
    doesNotCatch(rule, 'FROM a:1\nARG TOKEN_FILE\nRUN cat $TOKEN_FILE\n')
    doesNotCatch(
      rule,
      'FROM a:1\nRUN echo $PASSWORD_LENGTH $SECRET_NAME $API_URL\n'
    )
    doesNotCatch(rule, 'FROM a:1\nRUN echo $HOME $KEYBOARD $PASSENGER\n')
  })
  it('passes comments, inside and above a RUN', () => {
    doesNotCatch(rule, 'FROM a:1\n# RUN echo $PASSWORD\nRUN echo hi\n')
    doesNotCatch(
      rule,
      'FROM a:1\nRUN echo hi \\\n  # uses $PASSWORD\n  && true\n'
    )
  })
})
