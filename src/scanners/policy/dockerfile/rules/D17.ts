import { defineRule } from '../define.js'
import { hitAt, hitsOf } from '../helpers.js'
import { isRemote, sourcesOf } from './add.js'

// ADD unpacks local archives; that is the one good reason to use it.
const ARCHIVE = /\.(tar|tar\.(gz|bz2|xz|zst)|tgz|tbz2?|txz|tzst)$/i

/** CSG-D17: ADD is used for local files COPY would handle. */
export const rule = defineRule({
  id: 'CSG-D17',
  concern: 'D17',
  title: 'ADD used instead of COPY for local files',
  severity: 'LOW',
  precision: 'high',
  peers: ['DL3020', 'DS-0005', 'CKV_DOCKER_4', 'prefer-copy-over-add'],
  tags: ['maintainability'],
  docs: {
    why: 'ADD does more than copy (it unpacks archives and fetches URLs), so a reader cannot tell what a line does without knowing the file; COPY says exactly what happens.',
    fix: 'Use COPY for plain files and directories; keep ADD for local tar archives you want unpacked.',
    failing: 'FROM alpine:3.20\nADD app.jar /opt/app.jar\n',
    passing:
      'FROM alpine:3.20\nCOPY app.jar /opt/app.jar\nADD rootfs.tar.gz /\n',
    differences: [
      'ADD of a URL is CSG-D15/CSG-D16 (Checkov CKV_DOCKER_4 flags every ADD); local tar archives are allowed, as in hadolint and Trivy.'
    ]
  },
  check(doc) {
    return hitsOf(doc.instructions, (instruction) => {
      const add = instruction.trigger ?? instruction
      if (add.keyword !== 'ADD') return undefined
      const plain = sourcesOf(add).filter(
        (s) => !isRemote(s) && !ARCHIVE.test(s) && !s.includes('$')
      )
      if (plain.length === 0) return undefined

      return [
        hitAt(
          doc,
          instruction,
          `ADD copies ${plain.join(', ')}; use COPY for local files.`
        )
      ]
    })
  }
})
