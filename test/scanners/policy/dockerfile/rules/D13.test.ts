import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D13.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D13 secret file copied into the image', () => {
  it('flags credential files, one hit for each', () => {
    catches(
      rule,
      'FROM node:22-slim\nCOPY .npmrc package.json ./\nRUN npm ci\n',
      [2]
    )
    catches(
      rule,
      'FROM a:1\nCOPY .env /app/.env\nADD id_rsa /root/.ssh/id_rsa\nCOPY certs/server.key tls.pem /etc/tls/\n',
      [2, 3, 4, 4]
    )
  })
  it('flags exec form and suffixed .env files', () => {
    catches(rule, 'FROM a:1\nCOPY [".env.production", "/app/"]\n', [2])
  })
  it('flags credential folders, also in a continued COPY', () => {
    catches(
      rule,
      'FROM a:1\nCOPY --chown=1000:1000 \\\n  config/ \\\n  .aws/ \\\n  /home/app/\n',
      [2]
    )
    catches(
      rule,
      'FROM a:1\nCOPY .ssh /root/.ssh\nCOPY ./.kube/config /k\n',
      [2, 3]
    )
  })
  it('flags secret files by name, globs and ONBUILD', () => {
    catches(
      rule,
      'FROM a:1\nCOPY credentials.json secrets.yaml /app/\nCOPY *.pem /certs/\nONBUILD COPY .npmrc /app/\n',
      [2, 2, 3, 4]
    )
  })
  it('passes templates of secret files', () => {
    doesNotCatch(rule, 'FROM a:1\nCOPY .env.example .env.sample /app/\n')
  })
  it('passes names that only contain secret-looking words', () => {
    doesNotCatch(
      rule,
      'FROM a:1\nCOPY environment.ts keyboard.js .envrc app/credentials.py /app/\n'
    )
    doesNotCatch(rule, 'FROM a:1\nCOPY keys/ public.key.asc ca.crt /app/\n')
  })
  it('flags the copy into a stage, not copies between stages or mounts', () => {
    // The copy into the build stage is the one that is flagged.
    catches(
      rule,
      'FROM a:1 AS b\nCOPY .env /x\nFROM c:1\nCOPY --from=b /x/.env /app/.env\n',
      [2]
    )
    doesNotCatch(
      rule,
      'FROM a:1\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n'
    )
  })
  // `COPY .env* ./` copies .env, .env.local and the rest.
  it('flags a glob that copies .env files', () => {
    catches(rule, 'FROM a:1\nCOPY .env* /app/\n', [2])
    catches(rule, 'FROM a:1\nCOPY config/.env.* /app/\n', [2])
  })
  it('passes globs that only could match a secret name', () => {
    doesNotCatch(rule, 'FROM a:1\nCOPY *.json src/*.ts /app/\n')
  })
})
