import { describe, expect, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D55.js'
import { parseDockerfile } from '../../../../../src/scanners/policy/dockerfile/model.js'
import { defaultPolicy } from './helper.js'

// The scanner records whether a .dockerignore sits beside the Dockerfile;
// the snippet is checked as if it had looked (true/false) or not (undefined).
function flagged(text: string, dockerignore?: boolean): number[] {
  const doc = {
    ...parseDockerfile(text),
    ...(dockerignore === undefined ? {} : { dockerignore })
  }

  return rule
    .check(doc, { path: 'Dockerfile', policy: defaultPolicy })
    .map((hit) => hit.region.startLine)
}

describe('CSG-D55 whole build context copied without .dockerignore', () => {
  it('flags COPY . . without a .dockerignore', () => {
    expect(flagged('FROM node:22-slim\nCOPY . .\n', false)).toEqual([2])
  })
  it('flags ./ with flags on a continued line, and quoted .', () => {
    expect(
      flagged(
        'FROM node:22-slim\nCOPY --chown=node:node \\\n     ./ /app/\n',
        false
      )
    ).toEqual([2])
    expect(
      flagged(
        'FROM node:22-slim AS build\nCOPY ./* /src/\nFROM node:22-slim\nCOPY "." /app\n',
        false
      )
    ).toEqual([2, 4])
  })
  it('flags ADD of * in JSON form', () => {
    expect(flagged('FROM node:22-slim\nADD ["*", "/app/"]\n', false)).toEqual([
      2
    ])
  })
  it('passes when a .dockerignore exists or was not looked for', () => {
    expect(flagged('FROM node:22-slim\nCOPY . .\n', true)).toEqual([])
    expect(flagged('FROM node:22-slim\nCOPY . .\n')).toEqual([])
  })
  it('passes copies of named paths', () => {
    expect(
      flagged(
        'FROM node:22-slim\nCOPY package.json package-lock.json ./\nCOPY ./src /app/src\nCOPY .env.example *.json /app/\n',
        false
      )
    ).toEqual([])
  })
  it('passes . copied from another stage', () => {
    expect(
      flagged(
        'FROM node:22-slim AS build\nFROM node:22-slim\nCOPY --from=build . /app\n',
        false
      )
    ).toEqual([])
  })
})
