import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D29.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D29 apt package version not pinned', () => {
  it('flags unpinned packages, also beside pinned ones', () => {
    catches(rule, 'FROM debian:12\nRUN apt-get install -y curl\n', [2])
    catches(rule, 'FROM debian:12\nRUN apt-get install -y curl=8.5 wget\n', [2])
  })
  it('points at the install line inside a continued RUN', () => {
    catches(
      rule,
      'FROM debian:12\nRUN apt-get update && \\\n    apt-get install -y --no-install-recommends \\\n      ca-certificates=20230311 \\\n      tini\n',
      [3]
    )
  })
  it('flags exec form and apt inside sh -c', () => {
    catches(
      rule,
      'FROM debian:12\nRUN ["apt-get", "install", "-y", "x"]\nRUN sh -c "apt install -y y"\n',
      [2, 3]
    )
  })
  it('passes pinned packages, options with values not read as packages', () => {
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN apt-get install -y curl=7.88.1-10+deb12u5\n'
    )
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN apt-get install -y -t bookworm-backports -o Dpkg::Options::=--force-confold curl=8.5 "wget=1.21*"\n'
    )
  })
  it('passes packages named by file, variable or release', () => {
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN apt-get install -y ./pkg.deb /tmp/x.deb $PKGS ${MORE} curl=${CURL_VERSION}\n'
    )
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN apt-get install -y curl/bookworm-backports\n'
    )
  })
  it('passes removals', () => {
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN apt-get remove -y curl && apt-get purge -y wget\n'
    )
  })
})
