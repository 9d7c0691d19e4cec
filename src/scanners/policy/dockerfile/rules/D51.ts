import { defineRule } from '../define.js'
import { hitAt, hitsOf } from '../helpers.js'

/** CSG-D51: FROM --platform with a constant or redundant value. */
export const rule = defineRule({
  id: 'CSG-D51',
  concern: 'D51',
  title: 'FROM --platform misused',
  severity: 'LOW',
  precision: 'high',
  peers: [
    'DL3029',
    'DL3065',
    'Using Platform Flag',
    'FromPlatformFlagConstDisallowed',
    'RedundantTargetPlatform'
  ],
  tags: ['portability'],
  docs: {
    why: 'A fixed `--platform=linux/amd64` forces one architecture even in multi-platform builds (emulated and slow, or wrong); `--platform=$TARGETPLATFORM` is what FROM does anyway.',
    fix: 'Drop the flag, or use `--platform=$BUILDPLATFORM` for build stages that cross-compile.',
    failing: 'FROM --platform=linux/amd64 alpine:3.20\n',
    passing:
      'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nFROM alpine:3.20\n'
  },
  check(doc) {
    return hitsOf(doc.stages, (stage) => {
      const platform = stage.platform
      if (!platform) return undefined
      if (/^\$\{?TARGETPLATFORM\}?$/.test(platform))
        return [
          hitAt(
            doc,
            stage.from,
            'FROM --platform=$TARGETPLATFORM is the default and can be dropped.'
          )
        ]
      if (platform.includes('$')) return undefined

      return [
        hitAt(
          doc,
          stage.from,
          `FROM --platform=${platform} fixes the platform; use a build argument such as $BUILDPLATFORM.`
        )
      ]
    })
  }
})
