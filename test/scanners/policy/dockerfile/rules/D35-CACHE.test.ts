import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D35-CACHE.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D35-CACHE yarn cache not cleaned', () => {
  it('flags yarn install, bare yarn and yarn add', () => {
    catches(
      rule,
      'FROM node:22-slim\nRUN yarn install --frozen-lockfile\n',
      [2]
    )
    catches(
      rule,
      'FROM node:22-slim\nRUN yarn config set network-timeout 600000 && \\\n    yarn\n',
      [3]
    )
    catches(
      rule,
      'FROM node:22-slim\nRUN ["yarn", "add", "lodash@4.17.21"]\n',
      [2]
    )
  })
  it('flags sh -c in the stage that does not clean', () => {
    catches(
      rule,
      "FROM node:22-slim AS build\nRUN yarn install && yarn cache clean\nFROM node:22-slim\nRUN sh -c 'yarn install --production'\n",
      [4]
    )
  })
  it('flags a clean left to the next RUN', () => {
    catches(
      rule,
      'FROM node:22-slim\nRUN yarn install --frozen-lockfile\nRUN yarn cache clean\n',
      [2]
    )
  })
  it('passes a clean later in the same RUN', () => {
    doesNotCatch(
      rule,
      'FROM node:22-slim\nRUN yarn install --frozen-lockfile && yarn build && yarn cache clean\n'
    )
    doesNotCatch(
      rule,
      'FROM node:22-slim\nRUN yarn install --frozen-lockfile \\\n && yarn cache clean --all\n'
    )
  })
  it('passes a cache mount', () => {
    doesNotCatch(
      rule,
      'FROM node:22-slim\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install --frozen-lockfile\n'
    )
  })
  it('passes yarn scripts and npm', () => {
    doesNotCatch(
      rule,
      'FROM node:22-slim\nRUN yarn build && yarn test && yarn run lint\n'
    )
    doesNotCatch(
      rule,
      'FROM node:22-slim\nRUN npm ci && npm cache clean --force\n'
    )
  })
  // A clean that runs before the install cleans nothing it downloads.
  it('flags a clean that runs before the last install', () => {
    catches(
      rule,
      'FROM node:22-slim\nRUN yarn cache clean && yarn install\n',
      [2]
    )
    catches(
      rule,
      'FROM node:22-slim\nRUN yarn install && yarn cache clean && \\\n    yarn add lodash@4.17.21\n',
      [3]
    )
  })
  // `yarn global add` downloads into the same cache.
  it('flags yarn global add, and passes it with a clean', () => {
    catches(rule, 'FROM node:22-slim\nRUN yarn global add serve@14.2.3\n', [2])
    doesNotCatch(
      rule,
      'FROM node:22-slim\nRUN yarn global add serve@14.2.3 && yarn cache clean\n'
    )
  })
})
