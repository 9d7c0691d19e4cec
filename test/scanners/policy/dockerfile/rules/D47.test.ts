import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D47.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D47 RUN chown/chmod -R instead of COPY --chown/--chmod', () => {
  it('flags a recursive chown or chmod after COPY or ADD, on its line', () => {
    catches(
      rule,
      'FROM node:22-slim\nCOPY . /app\nRUN chown -R node:node /app\n',
      [3]
    )
    catches(
      rule,
      'FROM node:22-slim\nADD app.tar.gz /app\nRUN npm ci && \\\n    chmod -R 755 /app\n',
      [4]
    )
  })
  it('flags exec form, --recursive, clustered flags, sudo and sh -c', () => {
    catches(
      rule,
      'FROM node:22-slim\nCOPY . /app\nRUN ["chown", "--recursive", "node", "/app"]\n',
      [3]
    )
    catches(
      rule,
      "FROM node:22-slim\nCOPY . /app\nRUN sudo chown -Rh node /app && sh -c 'chmod -fR g+w /app'\n",
      [3, 3]
    )
  })
  it('flags files copied from another stage', () => {
    catches(
      rule,
      'FROM node:22-slim AS a\nCOPY . /src\nFROM node:22-slim\nCOPY --from=a /src /app\nRUN chown -R node /app\n',
      [5]
    )
  })
  it('passes COPY --chown', () => {
    doesNotCatch(rule, 'FROM node:22-slim\nCOPY --chown=node:node . /app\n')
  })
  it('passes a recursive chown before any COPY, or after one in another stage', () => {
    doesNotCatch(
      rule,
      'FROM node:22-slim\nRUN mkdir /data && chown -R node /data\nCOPY . /app\n'
    )
    doesNotCatch(
      rule,
      'FROM node:22-slim AS a\nCOPY . /src\nFROM node:22-slim\nRUN chown -R node /var/lib/app\n'
    )
  })
  it('passes chown and chmod that are not recursive, and chgrp', () => {
    doesNotCatch(
      rule,
      'FROM node:22-slim\nCOPY . /app\nRUN chown node /app && chmod 755 /app/start.sh && chmod +x /app/a.sh\n'
    )
    doesNotCatch(rule, 'FROM node:22-slim\nCOPY . /app\nRUN chgrp -R 0 /app\n')
  })
  it('passes the words in quoted text', () => {
    doesNotCatch(
      rule,
      'FROM node:22-slim\nCOPY . /app\nRUN echo "chown -R node /app" > /notes\n'
    )
  })
})
