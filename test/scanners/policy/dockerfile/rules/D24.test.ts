import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D24.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D24 apt-get install without -y', () => {
  it('flags installs without -y, -q alone and noninteractive frontends', () => {
    catches(rule, 'FROM debian:12\nRUN apt-get install curl\n', [2])
    catches(rule, 'FROM debian:12\nRUN apt-get install -q curl\n', [2])
    catches(
      rule,
      'FROM debian:12\nRUN DEBIAN_FRONTEND=noninteractive apt-get install curl\n',
      [2]
    )
  })
  it('points at the install line inside a continued RUN', () => {
    catches(
      rule,
      'FROM debian:12\nRUN apt-get update && \\\n    apt-get install \\\n      --no-install-recommends curl\n',
      [3]
    )
  })
  it('flags exec form and apt inside sh -c', () => {
    catches(
      rule,
      'FROM debian:12\nRUN ["apt-get", "install", "curl"]\nRUN sh -c "apt install curl"\n',
      [2, 3]
    )
  })
  it('passes -y in every spelling and place, and -qq which implies it', () => {
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN apt-get install -y curl\nRUN apt-get --yes install x\nRUN apt-get install --assume-yes x\nRUN apt-get -qq install x\nRUN apt-get -qy install x\nRUN apt-get install -t bookworm-backports -yq x\n'
    )
  })
  it('passes subcommands other than install', () => {
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN apt-get update\nRUN apt-get remove curl\nRUN apt-get upgrade\n'
    )
  })
  it('passes the words given to another program', () => {
    doesNotCatch(rule, 'FROM debian:12\nRUN echo apt-get install curl\n')
  })
})
