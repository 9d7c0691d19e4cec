import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D39.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D39 WORKDIR is a system directory', () => {
  it('flags kernel directories and paths below them', () => {
    catches(rule, 'FROM alpine:3.20\nWORKDIR /proc/self/fd/1\n', [2])
    catches(rule, 'FROM alpine:3.20\nWORKDIR /proc\n', [2])
    catches(rule, 'FROM alpine:3.20\nWORKDIR /app\nWORKDIR /sys\n', [3])
  })
  it('flags quoted paths in every stage', () => {
    catches(
      rule,
      'FROM alpine:3.20 AS a\nWORKDIR "/dev/shm"\nFROM alpine:3.20\nWORKDIR /boot/efi\n',
      [2, 4]
    )
  })
  it('flags /lost+found and /initrd, after a continuation', () => {
    catches(rule, 'FROM alpine:3.20\nWORKDIR \\\n  /lost+found\n', [2])
    catches(rule, 'FROM alpine:3.20\nWORKDIR /initrd\n', [2])
  })
  it('passes application directories', () => {
    doesNotCatch(rule, 'FROM alpine:3.20\nWORKDIR /app\n')
  })
  it('passes names that only start like a system directory', () => {
    doesNotCatch(
      rule,
      'FROM alpine:3.20\nWORKDIR /proceeds\nWORKDIR /system/app\nWORKDIR /devtools\nWORKDIR /bootstrap\n'
    )
  })
  it('passes system names deeper in the path, or relative', () => {
    doesNotCatch(
      rule,
      'FROM alpine:3.20\nWORKDIR /srv/proc\nWORKDIR /app/dev\nWORKDIR proc\n'
    )
  })
  it('passes system directories used outside WORKDIR', () => {
    doesNotCatch(rule, 'FROM alpine:3.20\nRUN cd /proc && ls\nWORKDIR /app\n')
  })
})
