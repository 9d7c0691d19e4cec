import { defineRule } from '../define.js'
import { hitAt, hitsOf, runInstructions } from '../helpers.js'
import { isSecretName } from './secret-name.js'

const REFERENCE = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/g

/** CSG-D14: a RUN uses a secret from ARG/ENV instead of a secret mount. */
export const rule = defineRule({
  id: 'CSG-D14',
  concern: 'D14',
  title: 'Build secret used without a secret mount',
  severity: 'MEDIUM',
  precision: 'medium',
  peers: [],
  tags: ['secrets'],
  docs: {
    why: 'A secret passed as a build argument or environment variable and read by RUN is recorded in the image history and build cache. BuildKit secret mounts expose it to that one step only, never to a layer.',
    fix: 'Pass it with `docker build --secret id=token,env=TOKEN` and read it in the step: `RUN --mount=type=secret,id=token,env=TOKEN npm ci`.',
    failing:
      'FROM node:22-slim\nARG NPM_TOKEN\nRUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci\n',
    passing:
      'FROM node:22-slim\nRUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci\n',
    differences: [
      'No peer checks this. A RUN with any `--mount=type=secret` is taken to use it properly.'
    ]
  },
  check(doc) {
    return hitsOf(runInstructions(doc), (run) => {
      if (
        run.flags.some(
          (f) => f.name === 'mount' && /type=secret/.test(f.value ?? '')
        )
      )
        return undefined
      const names = [
        ...new Set(
          [...run.text.matchAll(REFERENCE)]
            .map((m) => m[1] ?? '')
            .filter(isSecretName)
        )
      ]
      if (names.length === 0) return undefined

      return [
        hitAt(
          doc,
          run,
          `RUN reads ${names.map((n) => `$${n}`).join(', ')} from a build argument or variable; use RUN --mount=type=secret instead.`
        )
      ]
    })
  }
})
