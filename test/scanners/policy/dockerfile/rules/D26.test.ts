import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D26.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D26 apt lists not removed after install', () => {
  it('flags an install without cleanup, apt-get clean not counting', () => {
    catches(
      rule,
      'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n',
      [2]
    )
    catches(
      rule,
      'FROM debian:12\nRUN apt-get update \\\n && apt-get install -y curl \\\n && apt-get clean\n',
      [3]
    )
  })
  it('flags cleanup in a later RUN, which leaves the lists in a layer', () => {
    catches(
      rule,
      'FROM debian:12\nRUN apt-get install -y x\nRUN rm -rf /var/lib/apt/lists/*\n',
      [2]
    )
  })
  it('flags every stage, exec form and heredocs', () => {
    catches(
      rule,
      'FROM debian:12 AS build\nRUN apt-get install -y gcc\nFROM debian:12\nRUN apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n',
      [2]
    )
    catches(
      rule,
      'FROM debian:12\nRUN ["apt-get", "install", "-y", "curl"]\n',
      [2]
    )
    catches(
      rule,
      'FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y x\nEOF\n',
      [4]
    )
  })
  it('flags a cleanup that is only echoed', () => {
    catches(
      rule,
      'FROM debian:12\nRUN apt-get install -y x && echo rm -rf /var/lib/apt/lists/*\n',
      [2]
    )
  })
  it('passes rm of the lists in the same RUN, in any spelling', () => {
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*\n'
    )
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN apt-get install -y x; rm -rf /tmp/* "/var/lib/apt/lists/"*\nRUN apt-get install -y y && rm -r /var/lib/apt/lists\n'
    )
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN sh -c "apt-get install -y x && rm -rf /var/lib/apt/lists/*"\n'
    )
  })
  it('passes a cache mount on the apt lists', () => {
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y x\n'
    )
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt,sharing=locked apt-get install -y x\n'
    )
  })
  // `apt-get update` is what downloads the lists, so an update followed
  // by an upgrade leaves them in the layer too (hadolint DL3009 keys on
  // the update).
  it('flags update and upgrade without cleanup', () => {
    catches(
      rule,
      'FROM debian:12\nRUN apt-get update && apt-get -y upgrade\n',
      [2]
    )
    catches(
      rule,
      'FROM debian:12\nRUN apt-get update \\\n && apt-get -y upgrade\n',
      [2]
    )
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN apt-get update && apt-get -y upgrade && rm -rf /var/lib/apt/lists/*\n'
    )
  })
})
