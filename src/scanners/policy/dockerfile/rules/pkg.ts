/**
 * Package-manager command lines read from a RUN: which manager, which
 * subcommand, its options and its operands.
 */
import { memoOn } from '../memo.js'
import { runCommands, type RunCommand } from '../helpers.js'
import type { DockerfileDoc } from '../model.js'

/** One package-manager invocation, e.g. `apt-get install -y curl`. */
export interface PkgCommand {
  readonly manager: string
  /** The first operand: `install`, `add`, `update`... (lower case). */
  readonly sub: string
  readonly options: readonly string[]
  /** Operands after the subcommand (package names for installs). */
  readonly operands: readonly string[]
  /** True for `yarn global add x`, read as the subcommand `add`. */
  readonly global?: boolean
  readonly run: RunCommand
}

const MANAGERS = new Set([
  'apt-get',
  'apt',
  'apk',
  'yum',
  'dnf',
  'tdnf',
  'microdnf',
  'zypper',
  'pip',
  'pip3',
  'npm',
  'yarn',
  'gem',
  'go',
  'rpm'
])
// Options whose value is the next word, so it is not read as an operand.
const TAKES_VALUE = new Set([
  '-o',
  '-t',
  '--virtual',
  '-c',
  '--option',
  '--target-release',
  '--config-file',
  '-X',
  '--repository',
  '--root',
  '-p',
  '--arch',
  '--repo',
  '--enablerepo',
  '--disablerepo',
  '--setopt',
  '--installroot',
  '-i',
  '--index-url',
  '--extra-index-url',
  '-r',
  '--requirement',
  '-C',
  '--trusted-host',
  '-v',
  '--version',
  '--prefix',
  '--target',
  '-e'
])

// Reading a command is pure, so each is read once, whichever rule asks.
const parsed = memoOn<RunCommand, PkgCommand | null>('pkg')

/** Reads a command as a package-manager call, if it is one. */
export function pkgCommand(run: RunCommand): PkgCommand | undefined {
  let cmd = parsed.get(run)
  if (cmd === undefined) {
    cmd = readPkgCommand(run) ?? null
    parsed.set(run, cmd)
  }

  return cmd ?? undefined
}

function readPkgCommand(run: RunCommand): PkgCommand | undefined {
  const manager =
    run.name === 'python' || run.name === 'python3'
      ? pipModule(run.argv)
      : run.name
  if (!manager || !MANAGERS.has(manager)) return undefined

  const words = manager === run.name ? run.argv.slice(1) : run.argv.slice(3)
  const options: string[] = []
  const operands: string[] = []
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? ''
    if (word.startsWith('-') && word.length > 1) {
      options.push(word)
      if (TAKES_VALUE.has(word) && i + 1 < words.length)
        options.push(words[++i] ?? '')
    } else operands.push(word)
  }

  // `yarn global add x` installs x as `yarn add x` does, outside the project.
  const global =
    manager === 'yarn' && operands[0] === 'global' && operands.length > 1
  const rest = global ? operands.slice(1) : operands

  return {
    manager: manager === 'pip3' ? 'pip' : manager,
    sub: (rest[0] ?? '').toLowerCase(),
    options,
    operands: rest.slice(1),
    ...(global ? { global } : {}),
    run
  }
}

// `python -m pip install x` is pip.
function pipModule(argv: readonly string[]): string | undefined {
  return argv[1] === '-m' && argv[2] === 'pip' ? 'pip' : undefined
}

/**
 * True when any of `names` was given: long names match exactly (or with
 * `=value`); one-letter names also match inside clusters like `-fmy`.
 */
export function hasOption(cmd: PkgCommand, ...names: string[]): boolean {
  return cmd.options.some((opt) =>
    names.some((name) => {
      if (name.startsWith('--'))
        return opt === name || opt.startsWith(`${name}=`)
      const letter = name.slice(1)

      return opt === name || (/^-[a-zA-Z]+$/.test(opt) && opt.includes(letter))
    })
  )
}

/** Every package-manager call of `runs`. */
export function pkgCommands(runs: readonly RunCommand[]): PkgCommand[] {
  const found: PkgCommand[] = []
  for (const run of runs) {
    const cmd = pkgCommand(run)
    if (cmd) found.push(cmd)
  }

  return found
}

const perDoc = memoOn<DockerfileDoc, PkgCommand[]>('pkgs')

/** Every package-manager call in the RUNs of `doc`, read once. */
export function docPkgCommands(doc: DockerfileDoc): PkgCommand[] {
  let found = perDoc.get(doc)
  if (!found) {
    found = pkgCommands(runCommands(doc))
    perDoc.set(doc, found)
  }

  return found
}

/** Operands that name packages (not files, URLs or variables). */
export function packageNames(cmd: PkgCommand): string[] {
  return cmd.operands.filter(
    (p) =>
      p !== '' &&
      !p.startsWith('$') &&
      !p.includes('/') &&
      !p.endsWith('.rpm') &&
      !p.endsWith('.deb')
  )
}
