import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D57.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D57 RUN script is not valid shell', () => {
  it('flags an unclosed quote and a dangling pipe', () => {
    catches(rule, "FROM debian:12\nRUN echo 'unterminated && make\n", [2])
    catches(rule, 'FROM debian:12\nRUN echo ok |\n', [2])
  })
  it('flags a doubled && across a continuation, on the RUN line', () => {
    catches(
      rule,
      'FROM debian:12\nRUN apt-get update && \\\n    && apt-get install -y curl\n',
      [2]
    )
  })
  it('flags unclosed if, for and substitutions, in every stage', () => {
    catches(
      rule,
      'FROM debian:12 AS a\nRUN if [ -f x ]; then echo y\nFROM debian:12\nRUN echo "$(date"\n',
      [2, 4]
    )
    catches(rule, 'FROM debian:12\nRUN for f in *; do echo $f\n', [2])
  })
  it('passes valid scripts, with compound commands across continuations', () => {
    doesNotCatch(rule, "FROM debian:12\nRUN echo 'done' && make\n")
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN if [ -f x ]; then \\\n      echo y; \\\n    fi\n'
    )
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN case "$x" in a) echo a;; *) echo b;; esac\n'
    )
  })
  it('passes quotes inside other quotes and comments', () => {
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN echo "it\'s fine" && printf \'%s\\n\' "a & b" # comment with \'quote\n'
    )
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN echo a \\\n    # comment inside\n    && echo b\n'
    )
  })
  it('passes Bash syntax and heredoc scripts', () => {
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN [[ -n "$X" ]] && arr=(a b) && echo ${arr[0]} && echo $((1+2))\n'
    )
    doesNotCatch(
      rule,
      'FROM debian:12\nRUN <<EOT\nset -e\nif true; then\n  echo ok\nfi\nEOT\n'
    )
  })
  it('passes exec form, which no shell reads', () => {
    doesNotCatch(rule, 'FROM debian:12\nRUN ["echo", "it\'s"]\n')
  })
  it('passes RUNs under a PowerShell SHELL', () => {
    doesNotCatch(
      rule,
      'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN $ErrorActionPreference = \'Stop\'; Write-Host "hi" {\n'
    )
  })
})
