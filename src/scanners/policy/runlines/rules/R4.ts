import { optionsNamed } from '../parse.js'
import { type RunLineRule, describe, hitOn, runLineMeta } from '../rule-kit.js'

/** CSG-R4: `--net host` / `--network host`. */
export const R4: RunLineRule = {
  meta: runLineMeta({
    concern: 'R4',
    title: 'docker run on the host network',
    severity: 'HIGH',
    help: "--network host removes network isolation: the container can bind any host port and reach services listening on the host's localhost. Use a user-defined network and publish only the ports needed.",
    peers: ['CSG-C4', 'CIS-5.9'],
    precision: 'very-high'
  }),
  check: (command) =>
    optionsNamed(command, 'net', 'network')
      .filter((o) => o.value?.toLowerCase() === 'host')
      .map((o) =>
        hitOn(
          o.word,
          command,
          `${describe(command)} uses the host network.`,
          'network'
        )
      )
}
