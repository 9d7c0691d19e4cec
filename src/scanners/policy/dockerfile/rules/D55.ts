import { defineRule } from '../define.js'
import { hitAt, hitsOf } from '../helpers.js'
import { sourcesOf } from './add.js'

const WHOLE_CONTEXT = new Set(['.', './', '*', './*'])

/** CSG-D55: the whole build context is copied without a .dockerignore. */
export const rule = defineRule({
  id: 'CSG-D55',
  concern: 'D55',
  title: 'Whole build context copied without .dockerignore',
  severity: 'MEDIUM',
  precision: 'medium',
  peers: [],
  tags: ['secrets'],
  docs: {
    why: '`COPY . .` without a .dockerignore copies everything in the context into the image: .git history, .env files, local credentials, build output.',
    fix: 'Add a .dockerignore beside the Dockerfile (at least `.git`, `.env*`, `**/*.pem`, `node_modules`), or copy only the paths you need.',
    failing:
      '# with no .dockerignore beside the Dockerfile\nFROM node:22-slim\nCOPY . .\n',
    passing:
      'FROM node:22-slim\nCOPY package.json package-lock.json ./\nCOPY src/ ./src/\n',
    differences: [
      'No peer checks this. The .dockerignore is looked for beside the Dockerfile and as `<Dockerfile>.dockerignore`; a build context elsewhere cannot be known.'
    ]
  },
  check(doc) {
    if (doc.dockerignore !== false) return []

    return hitsOf(doc.instructions, (i) => {
      if (
        (i.keyword !== 'COPY' && i.keyword !== 'ADD') ||
        i.flags.some((f) => f.name === 'from')
      )
        return undefined
      const whole = sourcesOf(i).some((s) => WHOLE_CONTEXT.has(s))

      return whole
        ? [
            hitAt(
              doc,
              i,
              `${i.keyword} copies the whole build context and there is no .dockerignore.`
            )
          ]
        : undefined
    })
  }
})
