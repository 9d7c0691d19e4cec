/** The Dockerfile engine: reads each file, runs the rules, applies comments. */
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import type { PolicyConfig } from '../../../config/config.js'
import { errorText } from '../../../errors.js'
import type { Finding } from '../../../findings/index.js'
import type { FileChecker, FileCheckResult } from '../engine.js'
import { toPolicyFinding } from '../finding.js'
import { isRuleEnabled } from '../settings.js'
import type { DockerfileRule } from './define.js'
import { runInstructions } from './helpers.js'
import { parseDockerfile } from './model.js'
import { rule as unknownSuppression } from './rules/D0.js'
import { dockerfileRules } from './rules/index.js'
import { indexSuppressions } from './suppressions.js'

/** Larger files are refused: no real Dockerfile comes near these. */
export const MAX_DOCKERFILE_BYTES = 2 * 1024 * 1024
export const MAX_DOCKERFILE_LINES = 20_000

/** What checking one Dockerfile gave. */
export interface DockerfileCheck {
  readonly findings: Finding[]
  /** Parts that could not be analysed, each naming its line. */
  readonly problems: string[]
}

/** What else a check may be told about the file. */
export interface DockerfileCheckOptions {
  /** The rules to run (default: all). */
  readonly rules?: readonly DockerfileRule[]
  /** Whether a .dockerignore sits beside the file. */
  readonly dockerignore?: boolean
}

/**
 * Checks the text of one Dockerfile (repository-relative `file`). Throws
 * only for a bug in a rule.
 */
export function checkDockerfileText(
  text: string,
  file: string,
  policy: PolicyConfig,
  options: DockerfileCheckOptions = {}
): DockerfileCheck {
  const rules = options.rules ?? dockerfileRules
  const parsed = parseDockerfile(text)
  const doc =
    options.dockerignore === undefined
      ? parsed
      : { ...parsed, dockerignore: options.dockerignore }
  // Suppressions are resolved against every rule, whichever ones run.
  const metas = dockerfileRules.map((r) => r.meta)
  const suppressions = indexSuppressions(doc, file, metas)
  const findings: Finding[] = []

  for (const rule of rules) {
    if (!isRuleEnabled(rule.meta, policy)) continue
    for (const hit of rule.check(doc, { path: file, policy })) {
      const suppression = suppressions.lookup(
        rule.meta.id,
        hit.region.startLine
      )
      findings.push(toPolicyFinding(rule.meta, hit, file, policy, suppression))
    }
  }

  const reportUnknown =
    rules.includes(unknownSuppression) &&
    isRuleEnabled(unknownSuppression.meta, policy)
  if (reportUnknown) {
    for (const { id, line } of suppressions.unknown) {
      const hit = {
        message: `The suppression names "${id}", which is not a rule; it silences nothing.`,
        region: { startLine: line },
        key: id
      }
      findings.push(toPolicyFinding(unknownSuppression.meta, hit, file, policy))
    }
  }

  const problems = runInstructions(doc).flatMap((run) => {
    const shell = run.script()?.shell
    if (!shell?.tooLarge) return []

    return [`the RUN at line ${run.line} was not analysed: ${shell.error}`]
  })

  return { findings, problems }
}

// Reads a file as text, refusing what cannot be a Dockerfile.
async function readDockerfile(absolute: string): Promise<string> {
  const info = await stat(absolute)
  if (!info.isFile()) throw new Error('it is not a regular file')
  if (info.size > MAX_DOCKERFILE_BYTES) {
    throw new Error(
      `it is ${info.size} bytes, over the ${MAX_DOCKERFILE_BYTES}-byte limit for a Dockerfile`
    )
  }

  const bytes = await readFile(absolute)
  if (bytes.includes(0)) throw new Error('it is binary (contains NUL bytes)')
  const text = bytes.toString('utf8')
  const lines = text.split('\n').length
  if (lines > MAX_DOCKERFILE_LINES) {
    throw new Error(
      `it has ${lines} lines, over the ${MAX_DOCKERFILE_LINES}-line limit for a Dockerfile`
    )
  }

  return text
}

// Docker reads `<Dockerfile>.dockerignore` first, then the context's; the
// context is taken to be the Dockerfile's folder.
async function hasDockerignore(dockerfile: string): Promise<boolean> {
  const candidates = [
    `${dockerfile}.dockerignore`,
    path.join(path.dirname(dockerfile), '.dockerignore')
  ]
  for (const candidate of candidates) {
    const found = await stat(candidate).then(
      (s) => s.isFile(),
      () => false
    )
    if (found) return true
  }

  return false
}

/** Checks Dockerfiles; a bad file becomes an error, the others go on. */
export const dockerfileChecker: FileChecker = {
  kind: 'dockerfile',
  rules: dockerfileRules.map((r) => r.meta),

  async check(
    files: readonly string[],
    root: string,
    policy: PolicyConfig
  ): Promise<FileCheckResult> {
    const result: FileCheckResult = { findings: [], errors: [] }

    for (const file of files) {
      try {
        const absolute = path.resolve(root, file)
        const text = await readDockerfile(absolute)
        const dockerignore = await hasDockerignore(absolute)
        const { findings, problems } = checkDockerfileText(text, file, policy, {
          dockerignore
        })
        result.findings.push(...findings)
        for (const problem of problems) {
          result.errors.push({
            path: file,
            message: `Dockerfile ${file}: ${problem}`
          })
        }
      } catch (error) {
        result.errors.push({
          path: file,
          message: `Could not check Dockerfile ${file}: ${errorText(error)}`
        })
      }
    }

    return result
  }
}
