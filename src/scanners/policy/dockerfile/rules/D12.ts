import { defineRule } from '../define.js'
import { hitAt, hitsOf } from '../helpers.js'
import { isSecretName } from './secret-name.js'
import { pairsOf } from './vars.js'

/** CSG-D12: an ARG or ENV with a secret-looking name. */
export const rule = defineRule({
  id: 'CSG-D12',
  concern: 'D12',
  title: 'Secret passed through ARG or ENV',
  severity: 'HIGH',
  precision: 'medium',
  peers: ['DL3064', 'DS-0031', 'SecretsUsedInArgOrEnv'],
  tags: ['secrets', 'CWE-538'],
  docs: {
    why: 'ARG and ENV values are stored in the image: `docker history` and `docker inspect` show them to anyone who can pull the image, and build logs and caches keep them too.',
    fix: 'Pass build secrets with `RUN --mount=type=secret,id=token ...` and runtime secrets through the orchestrator (files under /run/secrets); a variable that names the file (`DB_PASSWORD_FILE`) is fine.',
    failing: 'FROM alpine:3.20\nARG NPM_TOKEN\nENV DB_PASSWORD=changeme\n',
    passing:
      'FROM alpine:3.20\nENV DB_PASSWORD_FILE=/run/secrets/db_password\nRUN --mount=type=secret,id=npm_token true\n',
    differences: [
      'Every stage is checked, not only the final one as in Trivy: build-stage ARGs still end up in build caches and logs.',
      'Names ending in FILE, PATH, DIR, URL, NAME, ID, LENGTH, TYPE or ENV are taken to point at a secret rather than hold it.'
    ]
  },
  check(doc) {
    return hitsOf(doc.instructions, (instruction) => {
      if (instruction.keyword !== 'ARG' && instruction.keyword !== 'ENV') {
        return undefined
      }

      return pairsOf(instruction)
        .filter((pair) => isSecretName(pair.name))
        .map((pair) =>
          hitAt(
            doc,
            instruction,
            `${instruction.keyword} ${pair.name} looks like a secret; ${instruction.keyword} values stay readable in the image and its history.`,
            pair.name
          )
        )
    })
  }
})
