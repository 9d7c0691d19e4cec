import { defineRule } from '../define.js'
import { hitAt, hitsOf } from '../helpers.js'
import { parsePort } from './expose.js'

/** CSG-D44: EXPOSE with an invalid port. */
export const rule = defineRule({
  id: 'CSG-D44',
  concern: 'D44',
  title: 'EXPOSE port out of range or malformed',
  severity: 'LOW',
  precision: 'very-high',
  peers: [
    'DL3011',
    'DS-0008',
    'UNIX Ports Out Of Range',
    'ExposeInvalidFormat'
  ],
  tags: ['correctness'],
  docs: {
    why: 'A port above 65535 or in a malformed spec (`8080:80`, `http`) means nothing to Docker; the intended port is not documented or published.',
    fix: 'Write `port[/tcp|udp]` with 0-65535, e.g. `EXPOSE 8080/tcp`; host mappings belong to `docker run -p`.',
    failing: 'FROM alpine:3.20\nEXPOSE 65536\n',
    passing: 'FROM alpine:3.20\nEXPOSE 8080/tcp\n'
  },
  check(doc) {
    return hitsOf(doc.instructions, (i) => {
      if (i.keyword !== 'EXPOSE') return undefined
      const bad = i.args.map(parsePort).filter((p) => !p.valid)

      return bad.length
        ? [
            hitAt(
              doc,
              i,
              `EXPOSE ${bad.map((p) => p.text).join(', ')} is not a valid port (0-65535, optionally /tcp or /udp).`
            )
          ]
        : undefined
    })
  }
})
