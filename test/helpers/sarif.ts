/**
 * Checks SARIF logs the way GitHub and the OASIS schema would: the Microsoft
 * SARIF Multitool with GitHub's and SARIF's rules, and ajv against the
 * published 2.1.0 schema. Any error or warning from either fails the test.
 */
import { execFile } from 'node:child_process'
import { accessSync, constants, chmodSync, readFileSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'

const run = promisify(execFile)

const MULTITOOL = path.resolve(
  process.cwd(),
  'node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool'
)
const SCHEMA = path.resolve(
  process.cwd(),
  '../shared/schemas/sarif-schema-2.1.0.json'
)

interface MultitoolMessage {
  readonly id?: string
  readonly text?: string
  readonly arguments?: readonly string[]
}

interface MultitoolResult {
  readonly ruleId?: string
  readonly ruleIndex?: number
  readonly level?: string
  readonly message: MultitoolMessage
  readonly locations?: readonly {
    readonly physicalLocation?: {
      readonly artifactLocation?: { readonly uri?: string }
      readonly region?: { readonly startLine?: number }
    }
  }[]
}

interface MultitoolLog {
  readonly runs: readonly {
    readonly tool: {
      readonly driver: {
        readonly rules?: readonly {
          readonly messageStrings?: Record<string, { readonly text: string }>
        }[]
      }
    }
    readonly results?: readonly MultitoolResult[]
  }[]
}

/**
 * Validates every file with the Multitool (`Gh;Sarif` rules, one process
 * for all files) and with ajv against the OASIS schema. Throws one error
 * listing every problem found, each prefixed with its file.
 */
export async function expectValidSarif(...files: string[]): Promise<void> {
  if (files.length === 0) throw new Error('expectValidSarif: no files given')

  const problems = [
    ...files.flatMap((file) => schemaProblems(file)),
    ...(await multitoolProblems(files))
  ]
  if (problems.length > 0) {
    throw new Error(
      `SARIF validation found ${problems.length} problem(s):\n` +
        problems.map((p) => `  ${p}`).join('\n')
    )
  }
}

async function multitoolProblems(files: string[]): Promise<string[]> {
  ensureExecutable(MULTITOOL)
  const dir = await mkdtemp(path.join(tmpdir(), 'csg-sarif-validate-'))
  const out = path.join(dir, 'out.sarif')
  try {
    const args = ['validate', ...files.map((f) => path.resolve(f))]
    args.push('--rule-kind', 'Gh;Sarif', '-o', out, '--log', 'ForceOverwrite')
    // The Multitool tries to fetch every rule's helpUri. Tests must reach
    // no other host, and each blocked fetch costs a timeout, so its HTTP is
    // sent to a closed loopback port where it fails at once.
    const nowhere = 'http://127.0.0.1:9'
    const env = {
      ...process.env,
      HTTP_PROXY: nowhere,
      HTTPS_PROXY: nowhere,
      ALL_PROXY: nowhere,
      NO_PROXY: '',
      DOTNET_CLI_TELEMETRY_OPTOUT: '1'
    }
    await run(MULTITOOL, args, { env, maxBuffer: 64 * 1024 * 1024 })

    const log = JSON.parse(await readFile(out, 'utf8')) as MultitoolLog

    return log.runs.flatMap((r) =>
      (r.results ?? [])
        // SARIF's default level is warning: an absent level counts.
        .filter((res) => (res.level ?? 'warning') !== 'note')
        .filter((res) => res.level !== 'none')
        .map((res) => describe(res, r.tool.driver.rules ?? []))
    )
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

function describe(
  result: MultitoolResult,
  rules: MultitoolLog['runs'][number]['tool']['driver']['rules'] & object
): string {
  const loc = result.locations?.[0]?.physicalLocation
  const file = loc?.artifactLocation?.uri?.replace(/^file:\/\//, '') ?? '?'
  const line = loc?.region?.startLine ?? 0
  const rule = rules[result.ruleIndex ?? -1]
  const template =
    result.message.text ??
    rule?.messageStrings?.[result.message.id ?? '']?.text ??
    result.message.id ??
    ''
  const text = template.replace(
    /\{(\d+)\}/g,
    (_, n: string) => result.message.arguments?.[Number(n)] ?? ''
  )

  return `${file}:${line}: ${result.level ?? 'warning'} ${result.ruleId}: ${text}`
}

function ensureExecutable(file: string): void {
  try {
    accessSync(file, constants.X_OK)
  } catch {
    // npm installed it without running its install script, so the
    // executable bit may be missing.
    chmodSync(file, 0o755)
  }
}

let compiled: ValidateFunction | undefined

function schemaProblems(file: string): string[] {
  const validate = (compiled ??= compileSchema())
  const log: unknown = JSON.parse(readFileSync(file, 'utf8'))
  if (validate(log)) return []

  return (validate.errors ?? []).map(
    (e) => `${file}: schema: ${e.instancePath || '/'} ${e.message ?? ''}`
  )
}

// The OASIS schema is draft-04, which ajv 8 no longer reads. Its only
// draft-04 construct is the root `id`; renamed to `$id`, the rest means the
// same under draft-07.
function compileSchema(): ValidateFunction {
  const raw = JSON.parse(readFileSync(SCHEMA, 'utf8')) as Record<
    string,
    unknown
  >
  const { id, $schema: _drop, ...rest } = raw
  const schema: Record<string, unknown> = { ...rest, $id: id }
  const ajv = new Ajv({ allErrors: true, strict: false })
  const addFormats = addFormatsModule as unknown as (a: Ajv) => Ajv
  addFormats(ajv)

  return ajv.compile(schema)
}
