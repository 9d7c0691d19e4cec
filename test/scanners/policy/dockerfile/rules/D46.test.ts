import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D46.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D46 COPY with several sources needs a directory destination', () => {
  it('flags several sources into a path without a slash', () => {
    catches(rule, 'FROM node:22-slim\nCOPY package.json yarn.lock /app\n', [2])
    catches(
      rule,
      'FROM node:22-slim\nCOPY --chown=node:node \\\n     package.json \\\n     yarn.lock \\\n     ./app\n',
      [2]
    )
  })
  it('flags the JSON form', () => {
    catches(rule, 'FROM node:22-slim\nCOPY ["a.txt", "b.txt", "/dest"]\n', [2])
  })
  it('flags ADD, ONBUILD COPY and COPY --from', () => {
    catches(
      rule,
      'FROM node:22-slim\nADD a.tar b.tar /opt\nONBUILD COPY a b /x\n',
      [2, 3]
    )
    catches(
      rule,
      'FROM node:22-slim AS a\nCOPY x y /a/\nFROM node:22-slim\nCOPY --from=a /a/x /a/y /b\n',
      [4]
    )
  })
  it('passes a destination ending in a slash, quoted or JSON', () => {
    doesNotCatch(rule, 'FROM node:22-slim\nCOPY package.json yarn.lock /app/\n')
    doesNotCatch(
      rule,
      'FROM node:22-slim\nCOPY a b "/app/"\nCOPY ["a.txt", "b.txt", "/dest/"]\n'
    )
  })
  it('passes one source, even a glob, into a path without a slash', () => {
    doesNotCatch(
      rule,
      'FROM node:22-slim\nCOPY package.json /app\nCOPY *.json /app\n'
    )
  })
  it('passes variable destinations and history-style sources', () => {
    doesNotCatch(rule, 'FROM node:22-slim\nCOPY a b $DEST\nCOPY a b ${DEST}\n')
    doesNotCatch(
      rule,
      'FROM node:22-slim\nCOPY file:abc123 in /\nCOPY multi:def456 in /usr/\n'
    )
  })
  // A heredoc's body is file content, not more arguments.
  it('passes a heredoc COPY of one file, flags one of two', () => {
    doesNotCatch(rule, 'FROM node:22-slim\nCOPY <<EOT /app\nhello\nEOT\n')
    doesNotCatch(
      rule,
      'FROM node:22-slim\nCOPY --chmod=755 <<-"EOT" /app/run.sh\n\techo a b c\nEOT\n'
    )
    catches(
      rule,
      'FROM node:22-slim\nCOPY <<A <<B /app\none\nA\ntwo\nB\nRUN true\n',
      [2]
    )
  })
  // Deliberately unlike hadolint DL3021: BuildKit reads a destination of
  // "." as "./", so `COPY go.mod go.sum .` builds and is unambiguous.
  it('passes . as the destination, not .. or a name', () => {
    doesNotCatch(rule, 'FROM golang:1.22\nCOPY go.mod go.sum .\n')
    catches(
      rule,
      'FROM golang:1.22\nCOPY go.mod go.sum ..\nCOPY a b src\n',
      [2, 3]
    )
  })
})
