import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'

/** What a run of a committed bundle left behind. */
export interface BundleRun {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/** Folder of the fake `trivy` and `cosign` executables. */
export const FAKES = path.resolve('test/fakes')

/** The corpus of real tool outputs, read-only, beside the project. */
export const CORPUS = path.resolve('../shared/corpus')

/** Runs `node <bundle> ...args` with `env` on top of a minimal environment. */
export function runBundle(
  bundle: string,
  args: readonly string[],
  env: Record<string, string>,
  cwd = process.cwd()
): Promise<BundleRun> {
  const child = spawn(process.execPath, [path.resolve(bundle), ...args], {
    cwd,
    env: {
      PATH: `${FAKES}${path.delimiter}${process.env.PATH ?? ''}`,
      HOME: process.env.HOME ?? '/tmp',
      ...env
    },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))

  return new Promise((resolve) =>
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }))
  )
}

/**
 * Reads a GITHUB_OUTPUT file: `name<<DELIMITER`, value lines, DELIMITER
 * (the form the toolkit writes), or `name=value`.
 */
export function readOutputs(file: string): Record<string, string> {
  const lines = readFileSync(file, 'utf8').split('\n')
  const outputs: Record<string, string> = {}
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string]
      const end = lines.indexOf(delimiter, i + 1)
      outputs[name] = lines.slice(i + 1, end).join('\n')
      i = end
    } else if (line.includes('=')) {
      const eq = line.indexOf('=')
      outputs[line.slice(0, eq)] = line.slice(eq + 1)
    }
  }

  return outputs
}

/** Environment variables for Action inputs, named as the runner names them. */
export function inputEnv(
  inputs: Record<string, string>
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [
      `INPUT_${name.replace(/ /g, '_').toUpperCase()}`,
      value
    ])
  )
}
