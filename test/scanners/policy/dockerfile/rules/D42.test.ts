import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D42.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D42 CMD or ENTRYPOINT in shell form', () => {
  it('flags shell-form CMD and ENTRYPOINT', () => {
    catches(rule, 'FROM node:22-slim\nCMD node server.js\n', [2])
    catches(
      rule,
      'FROM node:22-slim\nENTRYPOINT /usr/local/bin/start \\\n  --port 8080\n',
      [2]
    )
  })
  it('flags a shell-form CMD beside an exec-form ENTRYPOINT, in any stage', () => {
    catches(
      rule,
      'FROM node:22-slim AS a\nCMD ["ok"]\nFROM node:22-slim\nENTRYPOINT ["tini", "--"]\nCMD node server.js\n',
      [5]
    )
  })
  it('flags single quotes, which are not JSON', () => {
    catches(rule, "FROM node:22-slim\nCMD ['node', 'server.js']\n", [2])
  })
  it('passes the exec form, spaced and continued', () => {
    doesNotCatch(rule, 'FROM node:22-slim\nCMD ["node", "server.js"]\n')
    doesNotCatch(
      rule,
      'FROM node:22-slim\nCMD [ "node" , \\\n      "server.js" ]\n'
    )
  })
  it('passes an explicit shell in exec form, and empty forms', () => {
    doesNotCatch(
      rule,
      'FROM node:22-slim\nENTRYPOINT ["/bin/sh", "-c", "exec node server.js"]\n'
    )
    doesNotCatch(rule, 'FROM node:22-slim\nCMD []\n')
  })
  it('passes shell form in RUN and HEALTHCHECK', () => {
    doesNotCatch(
      rule,
      'FROM node:22-slim\nRUN node build.js\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n'
    )
  })
})
