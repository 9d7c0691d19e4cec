/** Small queries most Dockerfile rules share. */
import { memoOn } from './memo.js'
import type { Region } from '../../../findings/index.js'
import type { RuleHit } from '../rule.js'
import type { DockerfileDoc, Instruction, Stage } from './model.js'
import { stripPrefixes, baseName, type ShellCommand } from './shell.js'

/** The region of a whole instruction. */
export function regionOf(instruction: Instruction): Region {
  return {
    startLine: instruction.line,
    startColumn: instruction.column,
    endLine: instruction.endLine,
    endColumn: instruction.endColumn
  }
}

/** A hit on an instruction; its key is the stage and the instruction text. */
export function hitAt(
  doc: DockerfileDoc,
  instruction: Instruction,
  message: string,
  detail = ''
): RuleHit {
  const stage = doc.stages[instruction.stage]
  const stageKey = stage?.name ?? String(instruction.stage)
  const text = `${instruction.keyword} ${instruction.text}`.trim()

  return {
    message,
    region: regionOf(instruction),
    key: `${stageKey}:${text}${detail ? `:${detail}` : ''}`
  }
}

/** The stage that makes the image: the last one. */
export function finalStage(doc: DockerfileDoc): Stage | undefined {
  return doc.stages[doc.stages.length - 1]
}

/** A stage and the earlier stages it builds on, nearest first. */
export function stageLineage(doc: DockerfileDoc, stage: Stage): Stage[] {
  const chain: Stage[] = [stage]
  let current = stage
  while (current.baseStage !== undefined && chain.length <= doc.stages.length) {
    const base = doc.stages[current.baseStage]
    if (!base) break
    chain.push(base)
    current = base
  }

  return chain
}

/**
 * The hits `check` finds in each item, in order: like `flatMap`, but an
 * item with nothing to report may return `undefined`. Most rules find
 * nothing in most instructions, and an empty array for each was a
 * measurable share of the rules' time.
 */
export function hitsOf<T>(
  items: readonly T[],
  check: (item: T, index: number) => RuleHit | readonly RuleHit[] | undefined
): RuleHit[] {
  const hits: RuleHit[] = []
  for (let i = 0; i < items.length; i++) {
    const found = check(items[i] as T, i)
    if (found === undefined) continue
    if (Array.isArray(found)) hits.push(...(found as readonly RuleHit[]))
    else hits.push(found as RuleHit)
  }

  return hits
}

// Shared per-document queries are worked out once, whichever rule asks.
const runCache = memoOn<DockerfileDoc, Instruction[]>('runs')

/** Every RUN, including those registered by ONBUILD. */
export function runInstructions(doc: DockerfileDoc): Instruction[] {
  const cached = runCache.get(doc)
  if (cached) return cached

  const runs: Instruction[] = []
  for (const instruction of doc.instructions) {
    if (instruction.keyword === 'RUN') runs.push(instruction)
    else if (instruction.trigger?.keyword === 'RUN')
      runs.push(instruction.trigger)
  }
  runCache.set(doc, runs)

  return runs
}

/** One command of a RUN, with the program it really runs. */
export interface RunCommand {
  readonly instruction: Instruction
  readonly command: ShellCommand
  /** The words after `sudo`, `env` and similar prefixes. */
  readonly argv: readonly string[]
  /** The program's name without its directory. */
  readonly name: string
  /** The Dockerfile line the command is on. */
  readonly line: number
}

// Most rules read the commands; they are worked out once per document.
const commandCache = memoOn<DockerfileDoc, RunCommand[]>('commands')

/** Every command of every RUN, in file order. */
export function runCommands(doc: DockerfileDoc): RunCommand[] {
  const cached = commandCache.get(doc)
  if (cached) return cached

  const out: RunCommand[] = []
  for (const instruction of runInstructions(doc)) {
    const script = instruction.script()
    if (!script) continue
    for (const command of script.shell.commands) {
      const argv = stripPrefixes(command.argv)
      out.push({
        instruction,
        command,
        argv,
        name: baseName(argv[0] ?? ''),
        line: script.line + command.line - 1
      })
    }
  }
  commandCache.set(doc, out)

  return out
}

/** A hit on one command of a RUN, pointing at the command's line. */
export function hitAtCommand(
  doc: DockerfileDoc,
  run: RunCommand,
  message: string
): RuleHit {
  const base = hitAt(doc, run.instruction, message, run.argv.join(' '))

  return { ...base, region: { startLine: run.line } }
}

const groupCache = memoOn<DockerfileDoc, RunCommand[][]>('groups')

/** The commands of each RUN, one group per RUN, in file order. */
export function commandsByRun(doc: DockerfileDoc): RunCommand[][] {
  const cached = groupCache.get(doc)
  if (cached) return cached

  const groups = new Map<Instruction, RunCommand[]>()
  for (const run of runCommands(doc)) {
    const group = groups.get(run.instruction)
    if (group) group.push(run)
    else groups.set(run.instruction, [run])
  }
  const found = [...groups.values()]
  groupCache.set(doc, found)

  return found
}

/** The instructions of every stage with a given keyword (ONBUILD excluded). */
export function instructionsNamed(
  doc: DockerfileDoc,
  keyword: string
): Instruction[] {
  return doc.instructions.filter((i) => i.keyword === keyword)
}
