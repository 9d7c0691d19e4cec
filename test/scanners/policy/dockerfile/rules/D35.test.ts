import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D35.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D35 npm/yarn/gem/go package version not pinned', () => {
  it('flags npm installs of named packages, on the command line', () => {
    catches(rule, 'FROM node:22-slim\nRUN npm install -g pnpm\n', [2])
    catches(
      rule,
      'FROM node:22-slim\nRUN npm ci && \\\n    npm i -g typescript@5.6.2 \\\n      nodemon\n',
      [3]
    )
    catches(
      rule,
      'FROM node:22-slim\nRUN ["npm", "install", "--global", "pnpm"]\n',
      [2]
    )
    catches(
      rule,
      'FROM node:22-slim\nRUN npm install --prefix /app express\n',
      [2]
    )
  })
  it('flags yarn add, gem install and go install', () => {
    catches(rule, 'FROM node:22-slim\nRUN yarn add lodash\n', [2])
    catches(
      rule,
      'FROM ruby:3.3\nRUN gem install -N bundler && \\\n    gem install rails -v 7.2.1\n',
      [2]
    )
    catches(
      rule,
      "FROM golang:1.22 AS build\nRUN go install golang.org/x/tools/gopls\nFROM node:22-slim\nRUN sh -c 'npm install -g @angular/cli'\n",
      [2, 4]
    )
  })
  it('passes names with versions, scoped ones included', () => {
    doesNotCatch(
      rule,
      'FROM node:22-slim\nRUN npm install -g pnpm@9.12.0 @angular/cli@18.2.0 && yarn add lodash@4.17.21\n'
    )
    doesNotCatch(
      rule,
      'FROM ruby:3.3\nRUN gem install bundler:2.5.22 && gem install rails --version 7.2.1\n'
    )
    doesNotCatch(
      rule,
      'FROM golang:1.22\nRUN go install golang.org/x/tools/gopls@v0.16.2 && go get example.com/m@v1.0.0\n'
    )
  })
  it('passes installs from a lockfile', () => {
    doesNotCatch(
      rule,
      'FROM node:22-slim\nRUN npm ci && npm install && yarn install --frozen-lockfile\n'
    )
  })
  it('passes local paths, tarballs, git and URL sources and variables', () => {
    doesNotCatch(
      rule,
      'FROM node:22-slim\nRUN npm install ./local-pkg ../x.tgz file:../lib git+https://x/y.git https://x/z.tgz $PKG\n'
    )
    doesNotCatch(
      rule,
      'FROM golang:1.22\nRUN go install ./cmd/... && go get -u ./... && go build ./...\n'
    )
  })
  it('passes subcommands that install nothing', () => {
    doesNotCatch(
      rule,
      'FROM node:22-slim\nRUN npm uninstall -g pnpm && npm run build\n'
    )
  })
  // `yarn global add` is the usual way to install a CLI with yarn; it is
  // read as `yarn add`.
  it('flags yarn global add without a version', () => {
    catches(rule, 'FROM node:22-slim\nRUN yarn global add serve\n', [2])
    doesNotCatch(rule, 'FROM node:22-slim\nRUN yarn global add serve@14.2.3\n')
  })
  // `@latest` (or any dist-tag, or a Go branch) names whatever the registry
  // serves that day, which is what the rule is about.
  it('flags a dist-tag such as @latest, and Go queries that are not pins', () => {
    catches(rule, 'FROM node:22-slim\nRUN npm install -g npm@latest\n', [2])
    catches(
      rule,
      'FROM node:22-slim\nRUN yarn add @scope/x@next && \\\n    go install example.com/cmd/x@latest\n',
      [2, 3]
    )
  })
  it('passes ranges, v-prefixed versions and Go commit pins', () => {
    doesNotCatch(
      rule,
      'FROM node:22-slim\nRUN npm install -g pnpm@^9.12.0 x@v1.2.3 y@1.x\n'
    )
    doesNotCatch(
      rule,
      'FROM golang:1.22\nRUN go install example.com/cmd/x@4f3a9c2e1b7d\n'
    )
  })
})
