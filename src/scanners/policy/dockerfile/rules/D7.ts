import { defineRule } from '../define.js'
import {
  commandsByRun,
  finalStage,
  hitAtCommand,
  hitsOf,
  type RunCommand
} from '../helpers.js'
import { packageNames, pkgCommand, type PkgCommand } from './pkg.js'

// Packages that build software and have no business at run time.
const BUILD_TOOLS =
  /^(build-essential|build-base|gcc|g\+\+|gcc-c\+\+|clang|make|cmake|autoconf|automake|libtool|golang|golang-go|go|rust|rustc|cargo|maven|gradle|ant|nodejs-dev|python3?-dev|musl-dev|linux-headers|openjdk-\d+-jdk|java-[\d.]+-openjdk-devel|.*-devel|.*-dev)(=.*)?$/
const INSTALL = new Set(['install', 'add', 'in'])

const REMOVE = new Set(['del', 'remove', 'purge', 'erase', 'rm'])

// Packages removed after command `index` of one RUN: installed and removed
// in the same RUN, they never reach a layer.
function removedLater(runs: readonly RunCommand[], index: number): Set<string> {
  const removed = new Set<string>()
  for (let i = index + 1; i < runs.length; i++) {
    const cmd = pkgCommand(runs[i] as RunCommand)
    if (!cmd || !REMOVE.has(cmd.sub)) continue
    for (const name of packageNames(cmd)) removed.add(name.replace(/=.*/, ''))
  }

  return removed
}

// The name of apk's virtual package (`apk add --virtual .build-deps gcc`).
function virtualName(cmd: PkgCommand): string | undefined {
  if (cmd.manager !== 'apk') return undefined

  for (let i = 0; i < cmd.options.length; i++) {
    const opt = cmd.options[i] ?? ''
    if (opt === '--virtual' || opt === '-t') return cmd.options[i + 1]
    if (opt.startsWith('--virtual=')) return opt.slice('--virtual='.length)
  }

  return undefined
}

/** CSG-D7: the final stage installs compilers or build tools. */
export const rule = defineRule({
  id: 'CSG-D7',
  concern: 'D7',
  title: 'Build tools installed in the final stage',
  severity: 'MEDIUM',
  precision: 'medium',
  peers: [],
  tags: ['attack-surface'],
  docs: {
    why: 'Compilers, headers and build tools in the shipped image give an intruder the means to build exploits in place, and add hundreds of packages to patch. A multi-stage build leaves them behind.',
    fix: 'Install build tools in a build stage (`FROM golang:1.22 AS build`) and COPY only the result into the final stage.',
    failing:
      'FROM debian:12-slim\nRUN apt-get install -y --no-install-recommends gcc make\n',
    passing:
      'FROM debian:12 AS build\nRUN apt-get install -y --no-install-recommends gcc make\nFROM debian:12-slim\nCOPY --from=build /out /app\n',
    differences: [
      'No peer checks this (hadolint DL3067 is related only). Only the final stage itself is checked, not the stages it builds on.',
      'Build tools removed again later in the same RUN (`apk add --virtual .build-deps gcc && ... && apk del .build-deps`, `apt-get purge gcc`) never reach a layer and are not reported.'
    ]
  },
  check(doc) {
    const final = finalStage(doc)
    if (!final) return []

    return hitsOf(commandsByRun(doc), (runs) => {
      const first = runs[0]?.instruction
      if (first?.stage !== final.index || first.keyword !== 'RUN')
        return undefined

      return hitsOf(runs, (run, index) => {
        const cmd = pkgCommand(run)
        if (
          !cmd ||
          !INSTALL.has(cmd.sub) ||
          cmd.manager === 'pip' ||
          cmd.manager === 'npm'
        )
          return undefined
        const tools = packageNames(cmd).filter((p) => BUILD_TOOLS.test(p))
        if (tools.length === 0) return undefined
        const removed = removedLater(runs, index)
        const virtual = virtualName(cmd)
        if (virtual !== undefined && removed.has(virtual)) return undefined
        const kept = tools.filter((t) => !removed.has(t.replace(/=.*/, '')))
        if (kept.length === 0) return undefined

        return hitAtCommand(
          doc,
          run,
          `The final stage installs build tools (${kept.join(', ')}); build in an earlier stage and copy the result.`
        )
      })
    })
  }
})
