import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D48.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D48 COPY --from copies a whole filesystem', () => {
  it('flags / copied from a stage', () => {
    catches(
      rule,
      'FROM golang:1.22 AS build\nRUN go build -o /out/app\nFROM scratch\nCOPY --from=build / /\n',
      [4]
    )
  })
  it('flags /. on a continued line and the JSON form', () => {
    catches(
      rule,
      'FROM golang:1.22 AS build\nFROM scratch\nCOPY --from=build \\\n     /. /rootfs/\n',
      [3]
    )
    catches(
      rule,
      'FROM golang:1.22 AS build\nFROM scratch\nCOPY --from=build ["/", "/"]\n',
      [3]
    )
  })
  it('flags /* and quoted /, from an image or a stage index', () => {
    catches(
      rule,
      'FROM scratch\nCOPY --from=busybox:1.36 /* /\nCOPY --link --from=0 "/" /\n',
      [2, 3]
    )
  })
  it('passes the paths that are needed', () => {
    doesNotCatch(
      rule,
      'FROM golang:1.22 AS build\nFROM scratch\nCOPY --from=build /out/app /app\nCOPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/\n'
    )
  })
  it('passes a directory copied to /', () => {
    doesNotCatch(
      rule,
      'FROM golang:1.22 AS build\nFROM scratch\nCOPY --from=build /out/ /\n'
    )
  })
  it('passes / from the build context', () => {
    doesNotCatch(rule, 'FROM scratch\nCOPY / /\nCOPY . /\n')
  })
})
