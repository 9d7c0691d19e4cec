/**
 * The policy scanner: checks Dockerfiles, Compose files and `docker run`
 * lines against the hardening catalogue (POLICY.md), one outcome per kind
 * of file.
 */
import { performance } from 'node:perf_hooks'
import { ScannerError, errorText } from '../../errors.js'
import type { Plan } from '../../plan/plan.js'
import type { ScanOutcome, ScanTarget } from '../outcome.js'
import type { ScanContext, Scanner } from '../scanner.js'
import { fileCheckers } from './checkers.js'
import { finalStage } from './dockerfile/helpers.js'
import { parseDockerfile } from './dockerfile/model.js'
import type { FileChecker, FileCheckResult } from './engine.js'
import type { PolicyRuleMeta } from './rule.js'

export type { FileChecker, FileCheckResult } from './engine.js'

/**
 * Every rule of every file checker, for SARIF rule metadata and docs; a
 * rule two checkers share (seccomp rules) is listed once.
 */
export function policyRules(): readonly PolicyRuleMeta[] {
  const byId = new Map<string, PolicyRuleMeta>()
  for (const rule of fileCheckers.flatMap((checker) => checker.rules)) {
    if (!byId.has(rule.id)) byId.set(rule.id, rule)
  }

  return [...byId.values()]
}

/**
 * The 1-based line of the final stage's FROM in a Dockerfile's text, so
 * image findings can point at it; undefined when there is no FROM.
 */
export function finalStageFromLine(text: string): number | undefined {
  const doc = parseDockerfile(text)

  return doc.stages.length > 0 ? finalStage(doc)?.from.line : undefined
}

const TARGETS: Record<FileChecker['kind'], ScanTarget> = {
  dockerfile: { kind: 'dockerfile', name: 'Dockerfiles' },
  compose: { kind: 'compose', name: 'Compose files' },
  script: { kind: 'repository', name: 'docker run command lines' }
}

function filesFor(kind: FileChecker['kind'], plan: Plan): readonly string[] {
  if (kind === 'dockerfile') return plan.dockerfiles
  if (kind === 'compose') return plan.composeFiles

  return plan.scripts
}

// One checker over its files: ok, skipped (no files) or failed (a file
// could not be read or parsed; the other files' findings are kept).
async function runChecker(
  checker: FileChecker,
  context: ScanContext
): Promise<ScanOutcome> {
  const base = {
    scanner: 'policy',
    tool: 'policy',
    target: TARGETS[checker.kind]
  } as const
  const files = filesFor(checker.kind, context.plan)
  const start = performance.now()
  if (files.length === 0) {
    return {
      ...base,
      status: 'skipped',
      reason: `no ${base.target.name} to check`,
      durationMs: 0
    }
  }

  let result: FileCheckResult
  try {
    result = await checker.check(
      files,
      context.plan.root,
      context.config.policy
    )
  } catch (error) {
    const failure = new ScannerError(
      'BAD_OUTPUT',
      'policy',
      `The ${checker.kind} policy engine failed: ${errorText(error)}`,
      { cause: error }
    )

    return {
      ...base,
      status: 'failed',
      error: failure,
      durationMs: performance.now() - start
    }
  }

  const durationMs = performance.now() - start
  context.logger.info(
    `policy: checked ${files.length} file(s) (${files.slice(0, 5).join(', ')}${files.length > 5 ? ', …' : ''}): ${result.findings.length} finding(s), ${result.errors.length} unreadable, in ${Math.round(durationMs)} ms`
  )
  if (result.errors.length === 0) {
    return { ...base, status: 'ok', findings: result.findings, durationMs }
  }

  for (const e of result.errors) context.logger.warning(e.message)
  const error = new ScannerError(
    'BAD_OUTPUT',
    'policy',
    result.errors.map((e) => e.message).join('; '),
    { hint: 'Fix or exclude the files named; the other files were checked.' }
  )

  return {
    ...base,
    status: 'failed',
    error,
    findings: result.findings,
    durationMs
  }
}

/** The policy scanner (`policy`): one outcome per kind of file. */
export const policyScanner: Scanner = {
  name: 'policy',

  async scan(context: ScanContext): Promise<ScanOutcome[]> {
    // One after the other, so that each checker's log lines stay inside
    // its own group; the checkers are CPU-bound, so nothing is lost.
    const outcomes: ScanOutcome[] = []
    for (const checker of fileCheckers) {
      const name = `policy: ${TARGETS[checker.kind].name}`
      outcomes.push(
        await context.logger.group(name, () => runChecker(checker, context))
      )
    }

    return outcomes
  }
}
