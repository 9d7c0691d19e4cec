import { optionsNamed } from '../parse.js'
import { type RunLineRule, describe, hitOn, runLineMeta } from '../rule-kit.js'

/** CSG-R1: `docker run --privileged`. */
export const R1: RunLineRule = {
  meta: runLineMeta({
    concern: 'R1',
    title: 'docker run --privileged',
    severity: 'CRITICAL',
    help: '--privileged gives the container every capability and all host devices; a compromise of the container is a compromise of the host. Remove it and add only the capability or device needed.',
    peers: ['CSG-C1', 'CIS-5.4'],
    precision: 'very-high'
  }),
  check: (command) =>
    optionsNamed(command, 'privileged')
      .filter((o) => o.value === undefined || o.value === 'true')
      .map((o) =>
        hitOn(
          o.word,
          command,
          `${describe(command)} runs privileged.`,
          'privileged'
        )
      )
}
