import { isSecretName, secretValueKind } from '../../compose/secret-names.js'
import { optionsNamed } from '../parse.js'
import { type RunLineRule, describe, hitOn, runLineMeta } from '../rule-kit.js'

/** CSG-R12: a credential passed with `-e NAME=value`. */
export const R12: RunLineRule = {
  meta: runLineMeta({
    concern: 'R12',
    title: 'docker run passes a secret in the environment',
    severity: 'HIGH',
    help: 'A password written in -e NAME=value is committed with the script, shows in the process list of the host and in docker inspect. Use a secret file mounted read-only (or docker secret with services) and have the process read it; many images accept a *_FILE variable.',
    peers: ['CSG-C18'],
    precision: 'high'
  }),
  check: (command) =>
    optionsNamed(command, 'env', 'e').flatMap((option) => {
      const text = option.value ?? ''
      const eq = text.indexOf('=')
      if (eq < 0) return []
      const name = text.slice(0, eq)
      if (
        !isSecretName(name) ||
        secretValueKind(text.slice(eq + 1)) === 'empty'
      )
        return []
      const literal = secretValueKind(text.slice(eq + 1)) === 'literal'
      // The name only: the value is what must never be repeated.
      const label = /^\w{1,80}$/.test(name) ? name : 'a secret-named variable'

      return [
        hitOn(
          option.word,
          command,
          literal
            ? `${describe(command)} has ${label} written on its command line.`
            : `${describe(command)} passes ${label} through the environment and argv.`,
          `env/${name}`,
          literal ? undefined : 'MEDIUM'
        )
      ]
    })
}
