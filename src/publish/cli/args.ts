import { INPUTS, type InputSpec } from '../../config/inputs.js'
import { UserError } from '../../errors.js'

/** What the command line asked for. */
export type CliCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | {
      readonly kind: 'scan'
      readonly inputs: Map<string, string | string[]>
      readonly verbose: boolean
      readonly color: boolean | undefined
      readonly markdownFile?: string
    }

const CLI_SWITCHES = ['verbose', 'no-color', 'color', 'markdown-file']

/**
 * Reads `container-security-gate scan [PATH] [--input value]...`. Every
 * input is a flag of the same name; lists may repeat; booleans stand alone
 * or take `=true|false`; `--no-X` turns boolean X off.
 */
export function parseArgs(argv: readonly string[]): CliCommand {
  const args = [...argv]
  const first = args[0]
  if (first === undefined || ['-h', '--help', 'help'].includes(first)) {
    return { kind: 'help' }
  }
  if (['-V', '--version', 'version'].includes(first)) return { kind: 'version' }
  if (first !== 'scan') {
    throw new UserError(
      `Unknown command "${first}": expected scan, help or version (see --help).`,
      'command'
    )
  }

  return parseScan(args.slice(1))
}

function parseScan(args: string[]): CliCommand {
  const inputs = new Map<string, string | string[]>()
  let verbose = false
  let color: boolean | undefined
  let markdownFile: string | undefined

  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string
    if (arg === '-h' || arg === '--help') return { kind: 'help' }
    if (!arg.startsWith('--')) {
      setOnce(inputs, 'path', arg)
      continue
    }

    const [rawName, inline] = splitFlag(arg)
    if (rawName === 'verbose' || rawName === 'debug') {
      verbose = true
    } else if (rawName === 'no-color' || rawName === 'color') {
      color = rawName === 'color'
    } else if (rawName === 'markdown-file') {
      markdownFile = inline ?? takeValue(args, ++i, rawName)
    } else {
      const { spec, negated } = findSpec(rawName)
      if (spec.type === 'boolean') {
        inputs.set(spec.name, negated ? 'false' : (inline ?? 'true'))
      } else {
        add(inputs, spec, inline ?? takeValue(args, ++i, rawName))
      }
    }
  }

  return { kind: 'scan', inputs, verbose, color, markdownFile }
}

function splitFlag(arg: string): [string, string | undefined] {
  const body = arg.slice(2)
  const eq = body.indexOf('=')

  return eq < 0 ? [body, undefined] : [body.slice(0, eq), body.slice(eq + 1)]
}

function findSpec(name: string): { spec: InputSpec; negated: boolean } {
  const direct = INPUTS.find((i) => i.name === name)
  const negatedSpec = name.startsWith('no-')
    ? INPUTS.find((i) => i.name === name.slice(3) && i.type === 'boolean')
    : undefined
  const spec = direct ?? negatedSpec
  if (spec?.secret) {
    throw new UserError(
      `--${name} is not accepted on the command line, where other users of the machine could read it: set it in the environment instead (see --help).`,
      name
    )
  }
  if (spec) return { spec, negated: !direct }

  const known = [...INPUTS.map((i) => i.name), ...CLI_SWITCHES]
  throw new UserError(
    `Unknown flag --${name}: expected one of ${known.map((k) => `--${k}`).join(', ')}.`,
    name
  )
}

function takeValue(
  args: readonly string[],
  index: number,
  name: string
): string {
  const value = args[index]
  if (value !== undefined && !value.startsWith('--')) return value

  throw new UserError(`The flag --${name} needs a value.`, name)
}

function add(
  inputs: Map<string, string | string[]>,
  spec: InputSpec,
  value: string
): void {
  if (spec.type !== 'list') {
    setOnce(inputs, spec.name, value)

    return
  }

  const list = inputs.get(spec.name)
  inputs.set(spec.name, [...(Array.isArray(list) ? list : []), value])
}

function setOnce(
  inputs: Map<string, string | string[]>,
  name: string,
  value: string
): void {
  if (inputs.has(name)) {
    throw new UserError(
      `${name} was given twice ("${String(inputs.get(name))}" and "${value}"): give it once.`,
      name
    )
  }

  inputs.set(name, value)
}
