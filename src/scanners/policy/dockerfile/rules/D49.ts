import { defineRule } from '../define.js'
import { hitAtCommand, runCommands, type RunCommand } from '../helpers.js'

/** CSG-D49: both wget and curl used in one stage. */
export const rule = defineRule({
  id: 'CSG-D49',
  concern: 'D49',
  title: 'Both wget and curl used',
  severity: 'LOW',
  precision: 'very-high',
  peers: ['DL4001', 'DS-0014', "Run Using 'wget' and 'curl'"],
  tags: ['image-size'],
  docs: {
    why: 'Two download tools do the same job; keeping both doubles the packages to install and patch.',
    fix: 'Pick one (curl or wget) for the whole stage.',
    failing:
      'FROM debian:12\nRUN wget -q https://example.com/a\nRUN curl -fsSO https://example.com/b\n',
    passing:
      'FROM debian:12\nRUN curl -fsSO https://example.com/a && curl -fsSO https://example.com/b\n',
    differences: [
      'Checked per stage, as Trivy does; the second tool is reported where it is first used.'
    ]
  },
  check(doc) {
    const byStage = new Map<number, RunCommand[]>()
    for (const run of runCommands(doc)) {
      if (run.name !== 'curl' && run.name !== 'wget') continue
      byStage.set(run.instruction.stage, [
        ...(byStage.get(run.instruction.stage) ?? []),
        run
      ])
    }

    return [...byStage.values()].flatMap((runs) => {
      const first = runs[0]
      const other = runs.find((r) => r.name !== first?.name)

      return other
        ? [
            hitAtCommand(
              doc,
              other,
              `This stage uses both ${first?.name} and ${other.name}; use one download tool.`
            )
          ]
        : []
    })
  }
})
