import { entryAt, textOf } from '../query.js'
import {
  type ComposeRule,
  composeMeta,
  eachService,
  hitAt
} from '../rule-kit.js'
import { isSecretName, secretValueKind } from '../secret-names.js'

/** CSG-C18: a credential is passed to a service through its environment. */
export const C18: ComposeRule = {
  meta: composeMeta({
    concern: 'C18',
    title: 'Secret passed in environment',
    severity: 'HIGH',
    help: 'A password or token written in environment: is committed with the file, and any value in the environment shows in docker inspect, crash dumps and child processes. Declare it under the top-level secrets: key, grant it with the service secrets: key, and have the application read /run/secrets/<name> (many images accept a *_FILE variable for this).',
    peers: ['KICS:Passwords And Secrets - Generic Password'],
    precision: 'high',
    tags: ['CWE-798', 'CWE-526']
  }),
  // Known limitation: files named by env_file are not read, so a secret
  // kept in an env file beside the Compose file is not reported.
  check: (project) =>
    eachService(project, (service) => {
      const environment = entryAt(service.node, 'environment')?.value
      if (environment?.kind !== 'map') return []

      return [...environment.entries].flatMap(([name, entry]) => {
        if (!isSecretName(name)) return []
        const kind = secretValueKind(textOf(entry.value))
        if (kind === 'empty') return []
        const literal = kind === 'literal'

        return [
          hitAt(
            entry.keyPlace,
            literal
              ? `Service "${service.name}" has ${name} written in its environment: move it to secrets:.`
              : `Service "${service.name}" receives ${name} through its environment: prefer secrets:.`,
            `${service.name}/environment/${name}`,
            literal ? undefined : 'LOW'
          )
        ]
      })
    })
}
