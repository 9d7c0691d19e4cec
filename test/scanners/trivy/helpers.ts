import { mkdtempSync, readFileSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Config } from '../../../src/config/config.js'
import { RecordingLogger } from '../../../src/logging.js'
import type { Plan } from '../../../src/plan/plan.js'
import type { ScanContext } from '../../../src/scanners/scanner.js'
import { findOnPath, type ToolResolver } from '../../../src/tools/resolve.js'
import { ScannerError } from '../../../src/errors.js'
import { baseConfig } from '../../helpers/config.js'

/** The fake `trivy` executable of test/fakes. */
export const FAKE_TRIVY = path.resolve(process.cwd(), 'test/fakes/trivy')

/** A complete config with Trivy's defaults; `trivy` fields overridable. */
export function testConfig(
  overrides: Partial<Config> = {},
  trivy: Partial<Config['trivy']> = {}
): Config {
  const base = baseConfig('/repo', { scanners: ['trivy-fs', 'trivy-image'] })

  return { ...base, trivy: { ...base.trivy, ...trivy }, ...overrides }
}

/** A plan for `root` with the given images and nothing else. */
export function testPlan(root: string, images: Plan['images'] = []): Plan {
  return { root, dockerfiles: [], composeFiles: [], scripts: [], images }
}

/**
 * A folder holding a `trivy` link to the fake, and a resolver that looks
 * for `trivy` on a PATH made of that folder only, as the real one would.
 */
export function fakeTrivyOnPath(parent = tmpdir()): ToolResolver {
  const bin = mkdtempSync(path.join(parent, 'csg-fake-bin-'))
  symlinkSync(FAKE_TRIVY, path.join(bin, 'trivy'))

  return {
    async resolve(tool) {
      const found = await findOnPath(tool, { PATH: bin })
      if (found) return found

      throw new ScannerError('NOT_FOUND', tool, `${tool} was not found on PATH`)
    }
  }
}

/** A resolver with an empty PATH: every tool is missing. */
export const EMPTY_PATH: ToolResolver = {
  async resolve(tool) {
    const found = await findOnPath(tool, { PATH: '' })
    if (found) return found

    throw new ScannerError('NOT_FOUND', tool, `${tool} was not found on PATH`)
  }
}

/** A scan context over a config, plan and resolver, logging to memory. */
export function testContext(
  config: Config,
  plan: Plan,
  tools: ToolResolver
): ScanContext & { logger: RecordingLogger } {
  return { config, plan, tools, logger: new RecordingLogger() }
}

/** One line of the fake's log. */
export interface FakeLogLine {
  readonly pid: number
  readonly time: number
  readonly event: 'start' | 'end'
  readonly argv?: string[]
  readonly envKeys?: string[]
  readonly env?: Record<string, string>
  readonly cwd?: string
  readonly exitCode?: number
}

/** The fake's log lines, in order. */
export function readFakeLog(file: string): FakeLogLine[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as FakeLogLine)
}
