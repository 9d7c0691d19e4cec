import { defineRule } from '../define.js'
import { hitAt, hitsOf } from '../helpers.js'
import type { Instruction } from '../model.js'

// A SHELL that runs RUN with pipefail on (or a shell without pipes).
function pipefailShell(shell: Instruction | undefined): boolean {
  const words = shell?.json ?? []
  const program = (words[0] ?? '').toLowerCase()
  if (/pwsh|powershell|cmd(\.exe)?$/.test(program)) return true

  return (
    words.some((w, i) => w === '-o' && words[i + 1] === 'pipefail') ||
    words.some(
      (w) => /^-[a-z]*o$/.test(w) && words[words.indexOf(w) + 1] === 'pipefail'
    )
  )
}

/** CSG-D36: a piped RUN without pipefail. */
export const rule = defineRule({
  id: 'CSG-D36',
  concern: 'D36',
  title: 'Piped RUN without pipefail',
  severity: 'LOW',
  precision: 'high',
  peers: ['DL4006', 'set-pipefail'],
  tags: ['correctness'],
  docs: {
    why: 'A pipeline succeeds when its last command does: `curl ... | tar x` builds a broken image when the download fails, and the build carries on as if all went well.',
    fix: 'Set `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` before the RUN, or start the RUN with `set -o pipefail &&`.',
    failing:
      'FROM debian:12\nRUN curl -fsSL https://example.com/a.tgz | tar xz\n',
    passing:
      'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/a.tgz | tar xz\n',
    differences: [
      '`set -o pipefail` (or `set -eo pipefail`) inside the RUN itself is accepted too.',
      'A stage built FROM an earlier stage inherits the SHELL that stage ended with, as Docker does.'
    ]
  },
  check(doc) {
    // SHELL is part of the image config: a stage built on an earlier stage
    // starts with the SHELL that stage ended with.
    const lastShell: (Instruction | undefined)[] = []

    return hitsOf(doc.stages, (stage) => {
      let shell =
        stage.baseStage === undefined ? undefined : lastShell[stage.baseStage]

      const hits = hitsOf(stage.instructions, (instruction) => {
        if (instruction.keyword === 'SHELL') shell = instruction
        if (
          instruction.keyword !== 'RUN' ||
          instruction.json ||
          pipefailShell(shell)
        )
          return undefined
        const script = instruction.script()?.shell
        if (!script?.hasPipe) return undefined
        const setsIt = script.commands.some(
          (c) => c.argv[0] === 'set' && c.argv.includes('pipefail')
        )

        return setsIt
          ? undefined
          : [
              hitAt(
                doc,
                instruction,
                'RUN uses a pipe without pipefail, so a failure before the last command goes unnoticed.'
              )
            ]
      })
      lastShell[stage.index] = shell

      return hits
    })
  }
})
