import { defineRule } from '../define.js'
import { hitAtCommand } from '../helpers.js'
import { docPkgCommands } from './pkg.js'
import { pairsOf } from './vars.js'

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
      'FROM python:3.12-slim\nRUN pip install --no-cache-dir requests==2.32.3\n'
  },
  check(doc) {
    const envOff = doc.instructions.some(
      (i) =>
        (i.keyword === 'ENV' || i.keyword === 'ARG') &&
        pairsOf(i).some((p) => p.name === 'PIP_NO_CACHE_DIR')
    )
    if (envOff) return []

    return docPkgCommands(doc)
      .filter(
        (c) =>
          c.manager === 'pip' &&
          c.sub === 'install' &&
          !c.options.includes('--no-cache-dir')
      )
      .filter(
        (c) =>
          !c.run.command.assignments.some((a) =>
            a.startsWith('PIP_NO_CACHE_DIR=')
          )
      )
      .filter(
        (c) =>
          !c.run.instruction.flags.some(
            (f) => f.name === 'mount' && /type=cache/.test(f.value ?? '')
          )
      )
      .map((c) =>
        hitAtCommand(
          doc,
          c.run,
          'pip install keeps its download cache in the layer; add --no-cache-dir.'
        )
      )
  }
})
