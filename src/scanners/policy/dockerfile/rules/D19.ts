import { defineRule } from '../define.js'
import { hitAtCommand, hitsOf, runCommands } from '../helpers.js'

// Does this curl or wget call turn certificate checks off?
function insecure(name: string, argv: readonly string[]): boolean {
  const options = argv.slice(1).filter((a) => a.startsWith('-'))
  if (name === 'curl') {
    return options.some(
      (o) => o === '--insecure' || (/^-[a-zA-Z]+$/.test(o) && o.includes('k'))
    )
  }
  if (name === 'wget') return options.includes('--no-check-certificate')

  return false
}

/** CSG-D19: curl -k / wget --no-check-certificate. */
export const rule = defineRule({
  id: 'CSG-D19',
  concern: 'D19',
  title: 'TLS certificate checks disabled in a download',
  severity: 'HIGH',
  precision: 'very-high',
  peers: ['CKV2_DOCKER_2', 'CKV2_DOCKER_3'],
  tags: ['supply-chain', 'CWE-295'],
  docs: {
    why: 'Without certificate checks anyone on the network path can answer the download with their own content, which then runs in the build or ships in the image.',
    fix: 'Drop `-k`/`--insecure`/`--no-check-certificate`; install the CA certificate the server needs (`ca-certificates`, or COPY your corporate CA and run update-ca-certificates).',
    failing:
      'FROM alpine:3.20\nRUN curl -kfsSLo /tmp/a.tgz https://example.com/a.tgz\n',
    passing:
      'FROM alpine:3.20\nRUN curl -fsSLo /tmp/a.tgz https://example.com/a.tgz\n'
  },
  check(doc) {
    return hitsOf(runCommands(doc), (run) =>
      insecure(run.name, run.argv)
        ? [
            hitAtCommand(
              doc,
              run,
              `${run.name} is run with certificate checks turned off.`
            )
          ]
        : undefined
    )
  }
})
