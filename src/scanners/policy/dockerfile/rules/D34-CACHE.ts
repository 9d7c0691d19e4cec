import { defineRule } from '../define.js'
import {
  commandsByRun,
  hitAtCommand,
  hitsOf,
  stageLineage
} from '../helpers.js'
import type { DockerfileDoc, Instruction } from '../model.js'
import { pkgCommand } from './pkg.js'
import { pairsOf } from './vars.js'

const NAME = 'PIP_NO_CACHE_DIR'

// pip turns its cache off for any value of the variable, even 0 or off.
function assigns(assignments: readonly string[]): boolean {
  return assignments.some((a) => a.startsWith(`${NAME}=`))
}

// An ENV or ARG that sets the variable.
function setsVariable(i: Instruction): boolean {
  return pairsOf(i).some((p) => p.name === NAME)
}

// Whether an ENV or ARG is in force when `run` runs: an ENV from its own
// stage before it or from any stage it builds on (ENV is part of the
// image), an ARG only from its own stage before it.
function inForce(
  doc: DockerfileDoc,
  setter: Instruction,
  run: Instruction
): boolean {
  if (setter.stage === run.stage) return setter.line < run.line
  const stage = doc.stages[run.stage]
  if (setter.keyword !== 'ENV' || !stage) return false

  return stageLineage(doc, stage).some((s) => s.index === setter.stage)
}

// A cache mount keeps ~/.cache/pip out of the layer, wherever it points.
function mountsCache(run: Instruction): boolean {
  return run.flags.some(
    (f) => f.name === 'mount' && /type=cache/.test(f.value ?? '')
  )
}

/** CSG-D34-CACHE: pip install keeps its download cache in the layer. */
export const rule = defineRule({
  id: 'CSG-D34-CACHE',
  concern: 'D34',
  title: 'pip install without --no-cache-dir',
  severity: 'LOW',
  precision: 'high',
  peers: ['DL3042', 'missing-pip-no-cache-dir'],
  tags: ['image-size'],
  docs: {
    why: 'pip keeps every downloaded wheel in ~/.cache/pip, inside the layer, unless told not to.',
    fix: 'Add `--no-cache-dir`, set `ENV PIP_NO_CACHE_DIR=1`, or use a cache mount (`RUN --mount=type=cache,target=/root/.cache/pip pip install ...`).',
    failing: 'FROM python:3.12-slim\nRUN pip install requests==2.32.3\n',
    passing:
      'FROM python:3.12-slim\nRUN pip install --no-cache-dir requests==2.32.3\n',
    differences: [
      '`PIP_NO_CACHE_DIR` (any value, as pip reads it) counts when it is in force for the install: an ENV earlier in the stage or in a stage it builds on, an ARG earlier in the stage, `export` earlier in the RUN or a prefix of the command. Any cache mount on the RUN counts too.'
    ]
  },
  check(doc) {
    const setters = doc.instructions.filter(
      (i) => (i.keyword === 'ENV' || i.keyword === 'ARG') && setsVariable(i)
    )

    return hitsOf(commandsByRun(doc), (runs) => {
      const instruction = runs[0]?.instruction
      if (!instruction || mountsCache(instruction)) return undefined
      if (setters.some((s) => inForce(doc, s, instruction))) return undefined
      let exported = false

      return hitsOf(runs, (run) => {
        if (run.name === 'export' && assigns(run.command.assignments))
          exported = true
        const c = pkgCommand(run)
        if (
          exported ||
          c?.manager !== 'pip' ||
          c.sub !== 'install' ||
          c.options.includes('--no-cache-dir') ||
          assigns(run.command.assignments)
        )
          return undefined

        return hitAtCommand(
          doc,
          run,
          'pip install keeps its download cache in the layer; add --no-cache-dir.'
        )
      })
    })
  }
})
