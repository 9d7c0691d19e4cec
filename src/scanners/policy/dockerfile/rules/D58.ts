import type { RuleHit } from '../../rule.js'
import { defineRule } from '../define.js'
import { hitAt, stageLineage } from '../helpers.js'
import type { DockerfileDoc, Instruction } from '../model.js'
import { unquote } from './add.js'

const ONBUILD_FORBIDDEN = new Set(['ONBUILD', 'FROM', 'MAINTAINER'])

// One instruction's parse-level problems, in words.
function problems(doc: DockerfileDoc, i: Instruction): string[] {
  const found: string[] = []
  const line = (doc.lines[i.line - 1] ?? '').trim()
  // The first word; cheaper than splitting the whole line.
  const space = line.search(/\s/)
  const raw = space < 0 ? line : line.slice(0, space)
  if (raw !== raw.toUpperCase() && raw !== raw.toLowerCase())
    found.push(`${raw} mixes upper and lower case; write ${i.keyword}.`)
  if (i.stage < 0 && i.keyword !== 'ARG')
    found.push(`${i.keyword} comes before the first FROM.`)
  for (let n = i.line + 1; n <= i.endLine; n++) {
    if ((doc.lines[n - 1] ?? '').trim() === '') {
      found.push(`${i.keyword} has an empty continuation line at line ${n}.`)
      break
    }
  }
  if (i.trigger && ONBUILD_FORBIDDEN.has(i.trigger.keyword))
    found.push(`ONBUILD cannot trigger ${i.trigger.keyword}.`)
  const self = i.keyword === 'ENV' ? selfReference(i, doc.escape) : undefined
  if (self)
    found.push(
      `ENV ${self} refers to a variable set in the same ENV, which still has its old value there.`
    )

  return found
}

// The first name an ENV sets from a variable it set itself, earlier on the
// same line.
function selfReference(i: Instruction, escape: string): string | undefined {
  // The legacy form `ENV NAME value words` sets one variable.
  if (!(i.args[0] ?? '').includes('=') && i.args.length > 1) return undefined
  const names: string[] = []
  for (const arg of i.args) {
    const eq = arg.indexOf('=')
    if (eq < 0) continue
    const value = arg.slice(eq + 1)
    if (value.includes('$')) {
      const expanded = expandedParts(value, escape)
      if (names.some((n) => new RegExp(`\\$\\{?${n}\\b`).test(expanded)))
        return arg.slice(0, eq)
    }
    names.push(arg.slice(0, eq))
  }

  return undefined
}

// A value as written, without the parts Docker leaves unexpanded: escaped
// characters (`\$A`) and single-quoted text outside double quotes (`'$A'`).
// Known limitation: dockerfile-ast already turns `\\` into `\`, so `\\$A` (a
// backslash, then A expanded) reads as the escaped `\$A` and is not reported.
function expandedParts(value: string, escape: string): string {
  let out = ''
  let inDouble = false
  for (let k = 0; k < value.length; k++) {
    const c = value[k]
    if (c === escape) k++
    else if (c === "'" && !inDouble) {
      const close = value.indexOf("'", k + 1)
      k = close < 0 ? value.length : close
    } else {
      if (c === '"') inDouble = !inDouble
      out += c
    }
  }

  return out
}

// COPY to a relative path before any WORKDIR (DL3045).
function relativeCopy(doc: DockerfileDoc, i: Instruction): string | undefined {
  if (i.keyword !== 'COPY' || i.stage < 0) return undefined
  const args = i.json ?? i.args.map(unquote)
  const dest = args[args.length - 1] ?? ''
  if (
    args.length < 2 ||
    dest.startsWith('/') ||
    dest.startsWith('$') ||
    /^[a-zA-Z]:/.test(dest)
  )
    return undefined
  const stage = doc.stages[i.stage]
  const chain = stage ? stageLineage(doc, stage) : []
  const workdir = chain.some((s) =>
    s.instructions.some(
      (w) => w.keyword === 'WORKDIR' && (s !== stage || w.line < i.line)
    )
  )

  return workdir
    ? undefined
    : `COPY to the relative path ${dest} before any WORKDIR depends on the base image's working directory.`
}

/** CSG-D58: parse-level problems Docker accepts but should not. */
export const rule = defineRule({
  id: 'CSG-D58',
  concern: 'D58',
  title: 'Dockerfile parse-level problem',
  severity: 'LOW',
  precision: 'high',
  peers: [
    'DL3043',
    'DL3044',
    'DL3045',
    'DL3061',
    'ConsistentInstructionCasing',
    'NoEmptyContinuation'
  ],
  tags: ['correctness'],
  docs: {
    why: 'Mixed-case keywords, empty continuation lines, instructions before FROM, ENV lines that read their own new values, forbidden ONBUILD triggers and relative COPY destinations without WORKDIR are accepted or half-accepted by Docker but do not do what they seem to.',
    fix: 'Write keywords in one case, remove blank lines inside continuations, start with FROM (only ARG may come first), split self-referring ENV lines, and set WORKDIR before copying to relative paths.',
    failing: 'FROM alpine:3.20\nENV A=1 B=$A\n',
    passing: 'FROM alpine:3.20\nENV A=1\nENV B=$A\n',
    differences: [
      'One rule covers these parse-level checks; each hit says which one.'
    ]
  },
  check(doc) {
    const hits: RuleHit[] = []
    for (const i of doc.instructions) {
      const all = [...problems(doc, i)]
      const copy = relativeCopy(doc, i)
      if (copy) all.push(copy)
      for (const message of all)
        hits.push(hitAt(doc, i, message, message.slice(0, 40)))
    }

    return hits
  }
})
