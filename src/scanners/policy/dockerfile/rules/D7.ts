import { defineRule } from '../define.js'
import { finalStage, hitAtCommand, hitsOf, runCommands } from '../helpers.js'
import { packageNames, pkgCommand } from './pkg.js'

// Packages that build software and have no business at run time.
const BUILD_TOOLS =
  /^(build-essential|build-base|gcc|g\+\+|gcc-c\+\+|clang|make|cmake|autoconf|automake|libtool|golang|golang-go|go|rust|rustc|cargo|maven|gradle|ant|nodejs-dev|python3?-dev|musl-dev|linux-headers|openjdk-\d+-jdk|java-[\d.]+-openjdk-devel|.*-devel|.*-dev)(=.*)?$/
const INSTALL = new Set(['install', 'add', 'in'])

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
      'No peer checks this (hadolint DL3067 is related only). Only the final stage itself is checked, not the stages it builds on.'
    ]
  },
  check(doc) {
    const final = finalStage(doc)
    if (!final) return []

    return hitsOf(runCommands(doc), (run) => {
      if (
        run.instruction.stage !== final.index ||
        run.instruction.keyword !== 'RUN'
      )
        return undefined
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

      return [
        hitAtCommand(
          doc,
          run,
          `The final stage installs build tools (${tools.join(', ')}); build in an earlier stage and copy the result.`
        )
      ]
    })
  }
})
