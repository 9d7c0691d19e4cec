import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D17.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D17 ADD used instead of COPY for local files', () => {
  it('flags plain files and folders', () => {
    catches(rule, 'FROM alpine:3.20\nADD app.jar /opt/app.jar\n', [2])
    catches(rule, 'FROM a:1\nADD ["conf/a.yml", "b.yml", "/etc/"]\n', [2])
  })
  it('flags a continued ADD on its first line', () => {
    catches(
      rule,
      'FROM a:1\nADD --chown=1000:1000 \\\n  src/ \\\n  /app/\n',
      [2]
    )
  })
  it('flags archives ADD does not unpack, and a file beside an archive', () => {
    catches(rule, 'FROM a:1\nADD app.zip /opt/\n', [2])
    catches(rule, 'FROM a:1\nADD app.tar.gz config.yml /opt/\n', [2])
  })
  it('flags ONBUILD ADD in every stage', () => {
    catches(
      rule,
      'FROM a:1 AS b\nADD x /x\nFROM c:1\nONBUILD ADD . /app\n',
      [2, 4]
    )
  })
  it('passes local tar archives ADD unpacks, in any case', () => {
    doesNotCatch(
      rule,
      'FROM alpine:3.20\nCOPY app.jar /opt/app.jar\nADD rootfs.tar.gz /\n'
    )
    doesNotCatch(
      rule,
      'FROM a:1\nADD app.tgz app.tar.xz app.tar.zst archive.tar.bz2 /opt/\nADD APP.TAR.GZ /x\n'
    )
  })
  it('passes URLs and git sources (CSG-D15 and CSG-D16)', () => {
    doesNotCatch(
      rule,
      'FROM a:1\nADD https://x/a.jar /opt/\nADD git@github.com:o/r.git /src\n'
    )
  })
  it('passes sources named by a variable', () => {
    doesNotCatch(rule, 'FROM a:1\nADD ${ARCHIVE} /opt/\n')
  })
})
