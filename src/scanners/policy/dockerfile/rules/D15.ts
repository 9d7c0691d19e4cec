import { defineRule } from '../define.js'
import { hitAt, hitsOf } from '../helpers.js'
import { remoteSources } from './add.js'

/** CSG-D15: ADD fetches a remote URL. */
export const rule = defineRule({
  id: 'CSG-D15',
  concern: 'D15',
  title: 'ADD downloads from a remote URL',
  severity: 'MEDIUM',
  precision: 'very-high',
  peers: ['CKV_DOCKER_4', 'curl_or_wget_instead_of_add', 'EA0001'],
  tags: ['supply-chain'],
  docs: {
    why: 'ADD with a URL downloads at build time with no integrity check unless `--checksum` is given, adds a layer that cannot be cleaned in the same step, and hides the download from reviewers who look for curl or wget.',
    fix: 'Download in a RUN step and verify the checksum or signature there (`curl -fsSLo app.tgz URL && echo "<sha256>  app.tgz" | sha256sum -c -`), or at least add `--checksum=sha256:...` to the ADD.',
    failing: 'FROM alpine:3.20\nADD https://example.com/app.tar.gz /opt/\n',
    passing: 'FROM alpine:3.20\nCOPY app.tar.gz /opt/\n',
    differences: [
      'Only ADD of a URL or git repository is flagged; ADD of local files is CSG-D17. hadolint DL3020 and Trivy DS-0005 exempt URLs altogether.'
    ]
  },
  check(doc) {
    return hitsOf(doc.instructions, (instruction) =>
      remoteSources(instruction).map((url) =>
        hitAt(
          doc,
          instruction,
          `ADD downloads ${url} at build time; download and verify it in a RUN step instead.`,
          url
        )
      )
    )
  }
})
