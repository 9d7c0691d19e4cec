/**
 * The parsed Dockerfile every rule reads, built on dockerfile-ast: stages
 * with their expanded base images, and instructions with 1-based lines and
 * columns, flags, exec form, heredocs and ONBUILD triggers.
 */
import {
  DockerfileParser,
  type Argument,
  type Instruction as AstInstruction
} from 'dockerfile-ast'
import { expandVariables } from './expand.js'
import { parseImageRef, type ImageRef } from './image.js'
import { scriptOf, type RunScript } from './script.js'

/** A `--name=value` flag of an instruction. */
export interface InstructionFlag {
  readonly name: string
  readonly value: string | null
}

/** One instruction, positioned in the file (1-based). */
export interface Instruction {
  /** Upper case: `RUN`, `FROM`... */
  readonly keyword: string
  readonly line: number
  readonly column: number
  readonly endLine: number
  readonly endColumn: number
  /**
   * Its arguments without flags, as dockerfile-ast splits them; for a COPY
   * or ADD with heredocs, without the inline files' bodies.
   */
  readonly args: readonly string[]
  readonly flags: readonly InstructionFlag[]
  /** The arguments as one line: continuations joined, comments dropped. */
  readonly text: string
  /** The exec form's strings, when the arguments are a JSON array. */
  readonly json?: readonly string[]
  /** Index of the stage it belongs to; -1 before the first FROM. */
  readonly stage: number
  /** For ONBUILD: the instruction it registers. */
  readonly trigger?: Instruction
  /** For RUN: the shell script it runs, parsed on first use. */
  readonly script: () => RunScript | undefined
}

/** One build stage, from its FROM to the next. */
export interface Stage {
  readonly index: number
  /** The `AS` alias in lower case. */
  readonly name?: string
  readonly from: Instruction
  /** The base image after ARG expansion. */
  readonly image: ImageRef
  /** The base image as written. */
  readonly rawImage: string
  /** ARG names the FROM line used that had no value. */
  readonly undefinedArgs: readonly string[]
  /** Index of an earlier stage used as the base, if any. */
  readonly baseStage?: number
  readonly platform?: string
  /** The instructions after FROM. */
  readonly instructions: readonly Instruction[]
}

/** A whole Dockerfile. */
export interface DockerfileDoc {
  /** The text with any BOM dropped and CRLF turned into LF. */
  readonly text: string
  readonly lines: readonly string[]
  readonly escape: string
  /** Every instruction in order, FROM lines included. */
  readonly instructions: readonly Instruction[]
  readonly stages: readonly Stage[]
  /** ARGs declared before the first FROM, with their defaults. */
  readonly globalArgs: ReadonlyMap<string, string | undefined>
  /** Whether a .dockerignore sits beside the file; undefined if not looked. */
  readonly dockerignore?: boolean
}

/** Parses a Dockerfile; never throws for bad syntax (rules see what parsed). */
export function parseDockerfile(source: string): DockerfileDoc {
  const bomless = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source
  // Most files have no CR: no regular expression pass over them.
  const text = bomless.includes('\r')
    ? bomless.replace(/\r\n?/g, '\n')
    : bomless
  const lines = text.split('\n')
  const ast = DockerfileParser.parse(text)
  const escape = ast.getEscapeCharacter()
  const globalArgs = new Map<string, string | undefined>()
  const instructions: Instruction[] = []
  const stages: Stage[] = []

  for (const node of ast.getInstructions()) {
    // dockerfile-ast recomputes arguments on every call: read them once.
    const argNodes = node.getArguments()
    // A FROM without an image is a syntax error, not a stage.
    const opens = node.getKeyword() === 'FROM' && argNodes.length > 0
    const stage = opens ? stages.length : stages.length - 1
    const instruction = toInstruction(node, argNodes, stage, lines, escape)
    instructions.push(instruction)

    if (instruction.keyword === 'ARG' && stages.length === 0) {
      for (const arg of instruction.args) {
        const eq = arg.indexOf('=')
        if (eq < 0) globalArgs.set(arg, globalArgs.get(arg))
        else globalArgs.set(arg.slice(0, eq), unquote(arg.slice(eq + 1)))
      }
    } else if (opens) {
      stages.push(toStage(instruction, stages, globalArgs))
    } else if (stages.length > 0) {
      ;(stages[stages.length - 1]?.instructions as Instruction[]).push(
        instruction
      )
    }
  }

  return { text, lines, escape, instructions, stages, globalArgs }
}

// Docker drops the quotes around an ARG default.
function unquote(value: string): string {
  return value.replace(/^(["'])(.*)\1$/, '$2')
}

function toStage(
  from: Instruction,
  stages: readonly Stage[],
  globalArgs: ReadonlyMap<string, string | undefined>
): Stage {
  const rawImage = from.args[0] ?? ''
  const expanded = expandVariables(rawImage, globalArgs)
  const name =
    from.args[1]?.toUpperCase() === 'AS'
      ? from.args[2]?.toLowerCase()
      : undefined
  const lower = expanded.value.toLowerCase()
  const baseStage = stages.findIndex(
    (s) => s.name !== undefined && s.name === lower
  )
  const platform = from.flags.find((f) => f.name === 'platform')?.value

  return {
    index: stages.length,
    ...(name ? { name } : {}),
    from,
    image: parseImageRef(expanded.value),
    rawImage,
    undefinedArgs: expanded.undefinedNames,
    ...(baseStage >= 0 ? { baseStage } : {}),
    ...(platform ? { platform } : {}),
    instructions: []
  }
}

function toInstruction(
  node: AstInstruction,
  argNodes: readonly Argument[],
  stage: number,
  lines: readonly string[],
  escape: string
): Instruction {
  const range = node.getRange()
  const keyword = node.getKeyword().toUpperCase()
  const withFlags = node as AstInstruction & {
    getFlags?: () => { getName(): string; getValue(): string | null }[]
  }
  const flags = (withFlags.getFlags?.() ?? []).map((f) => ({
    name: f.getName().toLowerCase(),
    value: f.getValue()
  }))
  const args = headerArgs(keyword, argNodes)
  const text = args.join(' ')
  const json = jsonForm(args)
  const trigger = (
    node as { getTriggerInstruction?: () => AstInstruction | null }
  ).getTriggerInstruction?.()

  const instruction: Instruction = {
    keyword,
    line: range.start.line + 1,
    column: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
    args,
    flags,
    text,
    ...(json ? { json } : {}),
    stage,
    ...(trigger
      ? {
          trigger: toInstruction(
            trigger,
            trigger.getArguments(),
            stage,
            lines,
            escape
          )
        }
      : {}),
    // Only a RUN has a script: the others share one answer, not a
    // closure each.
    script:
      keyword === 'RUN'
        ? once(() => scriptOf(node, argNodes[0], instruction, lines, escape))
        : noScript
  }

  return instruction
}

function noScript(): undefined {
  return undefined
}

// `compute`, run on the first call only.
function once<T>(compute: () => T): () => T {
  let done = false
  let value: T

  return () => {
    if (!done) {
      value = compute()
      done = true
    }

    return value
  }
}

// COPY and ADD take inline files as heredocs (`COPY <<EOT /app`): their
// bodies are file content, not arguments, so only the words up to the line
// that opens them count.
function headerArgs(keyword: string, argNodes: readonly Argument[]): string[] {
  const args = argNodes.map((a) => a.getValue())
  if (keyword !== 'COPY' && keyword !== 'ADD') return args
  const marker = args.findIndex((a) => a.startsWith('<<'))
  if (marker < 0) return args
  const line = argNodes[marker]?.getRange().start.line ?? 0

  return args.filter(
    (_, i) => (argNodes[i]?.getRange().start.line ?? 0) <= line
  )
}

// The exec form: a JSON array of strings. Read from the split arguments
// (dockerfile-ast's content getters re-scan the file on every call).
function jsonForm(args: readonly string[]): string[] | undefined {
  if (!args[0]?.startsWith('[')) return undefined

  try {
    const value: unknown = JSON.parse(args.join(' '))
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
      return value as string[]
    }
  } catch {
    // Not JSON: Docker runs it in shell form.
  }

  return undefined
}
