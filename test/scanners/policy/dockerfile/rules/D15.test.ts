import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D15.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D15 ADD of a remote URL', () => {
  it('flags URLs and git repositories, also in ONBUILD', () => {
    catches(rule, 'FROM a:1\nADD https://x.io/a.tgz /opt/\n', [2])
    catches(
      rule,
      'FROM a:1\nADD --checksum=sha256:ab http://x/a /a\nONBUILD ADD git@github.com:o/r.git /src\n',
      [2, 3]
    )
    catches(rule, 'FROM a:1\nADD ["https://x.io/a", "/a"]\n', [2])
  })
  it('passes local sources and COPY', () => {
    doesNotCatch(rule, 'FROM a:1\nADD app.tgz /opt/\nCOPY https.txt /x\n')
  })
})
