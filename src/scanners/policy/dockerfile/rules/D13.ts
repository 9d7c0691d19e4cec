import { defineRule } from '../define.js'
import { hitAt, hitsOf } from '../helpers.js'
import { sourcesOf } from './add.js'

// File names that hold credentials.
const SECRET_FILE =
  /(^|\/)(\.env(\.[\w-]+)?|id_(rsa|dsa|ecdsa|ed25519)|[^/]*\.(pem|key|p12|pfx|jks|keystore)|\.npmrc|\.pypirc|\.netrc|\.git-credentials|\.dockercfg|credentials(\.json)?|kubeconfig|\.htpasswd|secrets?\.(json|ya?ml|env))$|(^|\/)\.(ssh|aws|docker|kube|gnupg)(\/|$)/i
const EXAMPLE = /\.(example|sample|template|dist)$/i

// A glob copies a secret when what it fixes already names one: `*.pem`
// reads as a name, `.env*` matches `.env`, `.env.*` matches `.env.x`.
function namesSecret(source: string): boolean {
  const path = source.replace(/\/+$/, '')
  if (SECRET_FILE.test(path)) return !EXAMPLE.test(path)
  if (!path.includes('*') && !path.includes('?')) return false

  return (
    SECRET_FILE.test(path.replace(/[*?]+/g, '')) ||
    SECRET_FILE.test(path.replace(/[*?]+/g, 'x'))
  )
}

/** CSG-D13: COPY or ADD brings a credential file into the image. */
export const rule = defineRule({
  id: 'CSG-D13',
  concern: 'D13',
  title: 'Secret file copied into the image',
  severity: 'HIGH',
  precision: 'medium',
  peers: ['DS-0031'],
  tags: ['secrets', 'CWE-538'],
  docs: {
    why: 'A key, token file or `.env` copied into a layer stays there even if a later step deletes it: anyone who can pull the image can extract it.',
    fix: 'Mount it only for the step that needs it (`RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci`) and keep such files out of the build context with .dockerignore.',
    failing: 'FROM node:22-slim\nCOPY .npmrc package.json ./\nRUN npm ci\n',
    passing:
      'FROM node:22-slim\nCOPY package.json ./\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n',
    differences: [
      'Trivy DS-0031 only sees secrets through environment variables that name secret files; this rule looks at the copied paths themselves. Files ending in .example, .sample, .template or .dist are ignored. A glob counts when it can match a secret name (`.env*`, `*.pem`), not when it only could (`*.json`).'
    ]
  },
  check(doc) {
    return hitsOf(doc.instructions, (instruction) => {
      const copy = instruction.trigger ?? instruction
      if (copy.keyword !== 'COPY' && copy.keyword !== 'ADD') return undefined
      if (copy.flags.some((f) => f.name === 'from')) return undefined
      const secrets = sourcesOf(copy).filter(namesSecret)

      return secrets.map((s) =>
        hitAt(
          doc,
          instruction,
          `${copy.keyword} puts ${s} into the image, where it stays readable in the layer.`,
          s
        )
      )
    })
  }
})
