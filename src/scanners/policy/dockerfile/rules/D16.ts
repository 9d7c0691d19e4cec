import { defineRule } from '../define.js'
import { hitAt, hitsOf } from '../helpers.js'
import { remoteSources } from './add.js'

/** CSG-D16: ADD downloads a URL without `--checksum`. */
export const rule = defineRule({
  id: 'CSG-D16',
  concern: 'D16',
  title: 'ADD of a remote URL without --checksum',
  severity: 'HIGH',
  precision: 'very-high',
  peers: [],
  tags: ['supply-chain', 'CWE-494'],
  docs: {
    why: 'Without `--checksum`, ADD accepts whatever the server returns: a compromised server or a man in the middle changes the image content unnoticed.',
    fix: 'Add the expected digest: `ADD --checksum=sha256:<digest> https://example.com/app.tgz /opt/`, or download and verify in RUN.',
    failing: 'FROM alpine:3.20\nADD https://example.com/app.tgz /opt/\n',
    passing:
      'FROM alpine:3.20\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/app.tgz /opt/\n',
    differences: [
      'No peer checks this. Git sources are exempt when they name a commit (`#<40 hex digits>`), which pins the content.'
    ]
  },
  check(doc) {
    return hitsOf(doc.instructions, (instruction) => {
      const add = instruction.trigger ?? instruction
      if (add.flags.some((f) => f.name === 'checksum')) return undefined

      return remoteSources(instruction)
        .filter((url) => !/#[0-9a-f]{40}$/i.test(url))
        .map((url) =>
          hitAt(
            doc,
            instruction,
            `ADD downloads ${url} without --checksum, so its content is not verified.`,
            url
          )
        )
    })
  }
})
