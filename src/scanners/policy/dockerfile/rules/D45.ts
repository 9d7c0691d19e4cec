import { defineRule } from '../define.js'
import { hitAt } from '../helpers.js'

/** CSG-D45: MAINTAINER is deprecated. */
export const rule = defineRule({
  id: 'CSG-D45',
  concern: 'D45',
  title: 'MAINTAINER is deprecated',
  severity: 'LOW',
  precision: 'very-high',
  peers: ['DL4000', 'DS-0022', 'CKV_DOCKER_6', 'MaintainerDeprecated'],
  tags: ['maintainability'],
  docs: {
    why: 'MAINTAINER was deprecated in favour of labels, which tools can read and which follow the OCI annotation names.',
    fix: 'Use `LABEL org.opencontainers.image.authors="team@example.com"`.',
    failing: 'FROM alpine:3.20\nMAINTAINER team@example.com\n',
    passing:
      'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="team@example.com"\n'
  },
  check(doc) {
    return doc.instructions
      .filter((i) => i.keyword === 'MAINTAINER')
      .map((i) =>
        hitAt(
          doc,
          i,
          'MAINTAINER is deprecated; use LABEL org.opencontainers.image.authors.'
        )
      )
  }
})
