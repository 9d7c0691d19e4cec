import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D36.js'
import { catches, doesNotCatch } from './helper.js'

const PIPEFAIL = 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]'

describe('CSG-D36 piped RUN without pipefail', () => {
  it('flags a pipe, on the RUN line even when it spans lines', () => {
    catches(
      rule,
      'FROM debian:12\nRUN curl -fsSL https://example.com/a.tgz | tar xz\n',
      [2]
    )
    catches(
      rule,
      'FROM debian:12\nRUN apt-get update && \\\n    curl -fsSL https://x | \\\n    tar xz\n',
      [2]
    )
  })
  it('flags a pipe inside sh -c', () => {
    catches(
      rule,
      "FROM debian:12\nRUN sh -c 'curl -s https://x | tar xz'\n",
      [2]
    )
  })
  it('flags a SHELL without pipefail, and a stage that does not set it', () => {
    catches(
      rule,
      'FROM debian:12\nSHELL ["/bin/bash", "-c"]\nRUN curl -s x | tar xz\n',
      [3]
    )
    catches(
      rule,
      `FROM debian:12 AS a\n${PIPEFAIL}\nRUN curl -s x | tar xz\nFROM debian:12\nRUN curl -s x | tar xz\n`,
      [5]
    )
  })
  it('follows SHELL changes in order', () => {
    catches(
      rule,
      `FROM debian:12\nRUN curl -s x | tar xz\n${PIPEFAIL}\nRUN curl -s y | tar xz\nSHELL ["/bin/bash", "-c"]\nRUN curl -s z | tar xz\n`,
      [2, 6]
    )
  })
  it('flags a pipefail that is only text', () => {
    catches(
      rule,
      "FROM debian:12\nRUN echo 'set -o pipefail' && curl -s x | tar xz\n",
      [2]
    )
  })
  it('passes a pipefail SHELL, clustered flags included', () => {
    doesNotCatch(
      rule,
      `FROM debian:12\n${PIPEFAIL}\nRUN curl -fsSL https://x | tar xz\n`
    )
    doesNotCatch(
      rule,
      'FROM debian:12\nSHELL ["/bin/bash", "-euxo", "pipefail", "-c"]\nRUN curl -s x | tar xz\n'
    )
  })
  it('passes set -o pipefail in the RUN or its heredoc', () => {
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN set -o pipefail && curl -s x | tar xz\n'
    )
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN set -eo pipefail; curl -s x | tar xz\n'
    )
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN <<EOT\nset -o pipefail\ncurl -s x | tar xz\nEOT\n'
    )
  })
  it('passes ||, quoted bars, exec form and PowerShell', () => {
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN curl -s x || true && echo "a | b" && grep -q \'x|y\' f\n'
    )
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN ["/bin/bash", "-c", "curl -s x | tar xz"]\n'
    )
    doesNotCatch(
      rule,
      'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN Get-ChildItem | Select-Object Name\n'
    )
  })
  // SHELL is part of the image config, so a stage built FROM an earlier
  // stage inherits the SHELL that stage ended with.
  it('passes a pipefail SHELL inherited from the base stage', () => {
    doesNotCatch(
      rule,
      `FROM debian:12 AS base\n${PIPEFAIL}\nFROM base AS mid\nRUN true\nFROM mid\nRUN curl -s x | tar xz\n`
    )
  })
  it('flags a base stage whose last SHELL drops pipefail', () => {
    catches(
      rule,
      `FROM debian:12 AS base\n${PIPEFAIL}\nSHELL ["/bin/bash", "-c"]\nFROM base\nRUN curl -s x | tar xz\n`,
      [5]
    )
  })
})
