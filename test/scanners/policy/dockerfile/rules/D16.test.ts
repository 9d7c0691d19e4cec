import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D16.js'
import { catches, doesNotCatch } from './helper.js'

const COMMIT = '0123456789abcdef0123456789abcdef01234567'

describe('CSG-D16 ADD of a remote URL without --checksum', () => {
  it('flags a download in shell and exec form, quoted or not', () => {
    catches(
      rule,
      'FROM alpine:3.20\nADD https://example.com/app.tgz /opt/\n',
      [2]
    )
    catches(rule, 'FROM a:1\nADD [ "http://x/a.tgz", "/opt/" ]\n', [2])
    catches(rule, 'FROM a:1\nADD "https://x/a.tgz" /opt/\n', [2])
  })
  it('flags each URL of a continued ADD on its first line', () => {
    catches(
      rule,
      'FROM a:1\nADD --chown=1000 \\\n  https://x/a.tgz \\\n  ftp://y/b.tgz \\\n  /opt/\n',
      [2, 2]
    )
  })
  it('flags git sources not pinned to a commit, and ONBUILD', () => {
    catches(
      rule,
      'FROM a:1\nADD git@github.com:o/r.git /src\nADD https://github.com/o/r.git#v1.2.3 /src\n',
      [2, 3]
    )
    catches(rule, 'FROM a:1\nONBUILD ADD HTTPS://X/A.tgz /opt/\n', [2])
  })
  it('passes --checksum', () => {
    doesNotCatch(
      rule,
      'FROM alpine:3.20\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/app.tgz /opt/\n'
    )
  })
  it('passes git sources pinned to a commit', () => {
    doesNotCatch(
      rule,
      `FROM a:1\nADD https://github.com/o/r.git#${COMMIT} /src\n`
    )
    doesNotCatch(
      rule,
      `FROM a:1\nADD --keep-git-dir=true https://github.com/o/r.git#${COMMIT} /src\n`
    )
  })
  it('passes local files, COPY and variables', () => {
    doesNotCatch(rule, 'FROM a:1\nADD app.tgz /opt/\nCOPY https.txt /z\n')
    doesNotCatch(rule, 'FROM a:1\nADD ${URL} /opt/\n')
  })
})
